using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Accounts;

internal sealed class SchoolLinkConfiguration : IEntityTypeConfiguration<SchoolLink>
{
    public void Configure(EntityTypeBuilder<SchoolLink> builder)
    {
        builder.ToTable("school_links");
        builder.Property(l => l.Reason).HasMaxLength(SchoolLink.ReasonMaxLength);
        builder.HasOne(l => l.User).WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.School).WithMany().HasForeignKey(l => l.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.DecidedById).OnDelete(DeleteBehavior.SetNull);

        // at most one open request and one verified school per teacher
        builder.HasIndex(l => l.UserId).IsUnique().HasFilter("state = 'pending'").HasDatabaseName("ix_school_links_one_pending");
        builder.HasIndex(l => l.UserId).IsUnique().HasFilter("state = 'verified'").HasDatabaseName("ix_school_links_one_verified");
        builder.HasIndex(l => new { l.State, l.RequestedAt });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_school_links_verified_by", "(state = 'verified') = (verified_by IS NOT NULL) OR state = 'ended'");
            t.HasCheckConstraint("ck_school_links_decided", "(state = 'pending') = (decided_at IS NULL)");
            t.HasCheckConstraint("ck_school_links_reason", "state <> 'rejected' OR length(btrim(reason)) > 0");
        });
    }
}
