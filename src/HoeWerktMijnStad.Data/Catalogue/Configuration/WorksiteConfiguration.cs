using HoeWerktMijnStad.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Catalogue.Configuration;

internal sealed class WorksiteConfiguration : IEntityTypeConfiguration<Worksite>
{
    public void Configure(EntityTypeBuilder<Worksite> builder)
    {
        builder.ToTable("worksites");
        builder.Property(w => w.Title).HasMaxLength(200);
        builder.Property(w => w.Description).HasMaxLength(4_000);
        builder.Property(w => w.Address).HasMaxLength(200);
        builder.Property(w => w.City).HasMaxLength(100);
        builder.Property(w => w.SafetyNotes).HasMaxLength(2_000);
        builder.Property(w => w.Location).HasColumnType("geography (point, 4326)");
        builder.Property(w => w.Area).HasColumnType("geography (polygon, 4326)");
        builder.HasIndex(w => w.Location).HasMethod("gist");
        builder.HasIndex(w => new { w.StartDate, w.EndDate });
        builder.HasOne(w => w.Partner).WithMany(p => p.Worksites).HasForeignKey(w => w.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_worksites_period", "end_date >= start_date");
            t.HasCheckConstraint("ck_worksites_max_group_size", "max_group_size > 0");
        });
        builder.HasPointInNetherlandsCheck<Worksite>("location");
    }
}
