using HoeWerktMijnStad.Data.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Catalogue.Configuration;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Description).HasMaxLength(4_000);
        builder.HasOne(a => a.Partner).WithMany(p => p.Activities).HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Site).WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Worksite).WithMany().HasForeignKey(a => a.WorksiteId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => a.Type);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_activities_group_size", "min_group_size > 0 AND max_group_size >= min_group_size");
            t.HasCheckConstraint("ck_activities_duration", "duration_minutes > 0");
            t.HasCheckConstraint("ck_activities_one_place", "num_nonnulls(site_id, worksite_id) <= 1");
        });
    }
}
