using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Bookings;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("calendar_feeds");
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasIndex(f => f.SchoolId).IsUnique();
        builder.HasIndex(f => f.PartnerId).IsUnique();
        builder.HasOne<School>().WithMany().HasForeignKey(f => f.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Partner>().WithMany().HasForeignKey(f => f.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_calendar_feeds_token", "octet_length(token_hash) = 32");
            t.HasCheckConstraint("ck_calendar_feeds_one_owner", "(school_id IS NULL) <> (partner_id IS NULL)");
        });
    }
}
