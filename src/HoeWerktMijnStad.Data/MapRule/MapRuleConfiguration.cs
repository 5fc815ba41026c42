using HoeWerktMijnStad.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.MapRule;

internal sealed class MapStatusChangeConfiguration : IEntityTypeConfiguration<MapStatusChange>
{
    public void Configure(EntityTypeBuilder<MapStatusChange> builder)
    {
        builder.ToTable("map_status_changes", t => t.HasCheckConstraint("ck_map_status_changes_month", "extract(day FROM month) = 1"));
        builder.HasOne(c => c.Partner).WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ActorId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.ActorName).HasMaxLength(200);
        builder.HasIndex(c => new { c.PartnerId, c.At });
    }
}

internal sealed class MapExemptMonthConfiguration : IEntityTypeConfiguration<MapExemptMonth>
{
    public void Configure(EntityTypeBuilder<MapExemptMonth> builder)
    {
        builder.ToTable("map_exempt_months", t =>
        {
            t.HasCheckConstraint("ck_map_exempt_months_month", "month BETWEEN 1 AND 12");
            t.HasCheckConstraint("ck_map_exempt_months_year", "year IS NULL OR year BETWEEN 2020 AND 2100");
        });
        builder.HasIndex(m => new { m.Year, m.Month }).IsUnique().AreNullsDistinct(false);
        builder.Property(m => m.Reason).HasMaxLength(200);
        builder.HasData(
            new MapExemptMonth { Id = 1, Month = 7, Reason = "Zomervakantie" },
            new MapExemptMonth { Id = 2, Month = 8, Reason = "Zomervakantie" });
    }
}

internal sealed class PartnerExemptionConfiguration : IEntityTypeConfiguration<PartnerExemption>
{
    public void Configure(EntityTypeBuilder<PartnerExemption> builder)
    {
        builder.ToTable("partner_exemptions", t => t.HasCheckConstraint("ck_partner_exemptions_month", "extract(day FROM month) = 1"));
        builder.HasOne(e => e.Partner).WithMany().HasForeignKey(e => e.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.GrantedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.PartnerId, e.Month }).IsUnique();
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.GrantedByName).HasMaxLength(200);
    }
}

internal sealed class MapMonthCloseConfiguration : IEntityTypeConfiguration<MapMonthClose>
{
    public void Configure(EntityTypeBuilder<MapMonthClose> builder)
    {
        builder.ToTable("map_month_closes", t => t.HasCheckConstraint("ck_map_month_closes_month", "extract(day FROM month) = 1"));
        builder.HasKey(c => c.Month);
        builder.Property(c => c.ClosedBy).HasMaxLength(200);
    }
}
