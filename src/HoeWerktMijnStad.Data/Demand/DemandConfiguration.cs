using HoeWerktMijnStad.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Demand;

internal sealed class DemandRequestConfiguration : IEntityTypeConfiguration<DemandRequest>
{
    public void Configure(EntityTypeBuilder<DemandRequest> builder)
    {
        builder.ToTable("demand_requests");
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Description).HasMaxLength(2_000);
        builder.Property(r => r.TravelNote).HasMaxLength(200);
        builder.HasOne(r => r.School).WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Teacher).WithMany().HasForeignKey(r => r.TeacherId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.Offers).WithOne(o => o.Request).HasForeignKey(o => o.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.State, r.PeriodEnd });
        builder.HasIndex(r => new { r.SchoolId, r.State });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_demand_requests_title", "length(btrim(title)) > 0");
            t.HasCheckConstraint("ck_demand_requests_class", "pupils BETWEEN 1 AND 200 AND class_year BETWEEN 1 AND 8");
            t.HasCheckConstraint("ck_demand_requests_period", "period_end >= period_start");
            t.HasCheckConstraint("ck_demand_requests_radius", "radius_km BETWEEN 1 AND 50");
            t.HasCheckConstraint("ck_demand_requests_weekdays", "preferred_weekdays <@ ARRAY[0, 1, 2, 3, 4, 5, 6]");
            t.HasCheckConstraint("ck_demand_requests_closed", "(state = 'open') = (closed_at IS NULL)");
        });
    }
}

internal sealed class DemandOfferConfiguration : IEntityTypeConfiguration<DemandOffer>
{
    public void Configure(EntityTypeBuilder<DemandOffer> builder)
    {
        builder.ToTable("demand_offers");
        builder.Property(o => o.Message).HasMaxLength(1_000);
        builder.Property(o => o.AuthorName).HasMaxLength(200);
        builder.HasOne(o => o.Partner).WithMany().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.Cascade);
        // an offer keeps its activity: the school compares offers by it (the editor is told why it cannot be removed).
        // NO ACTION, not RESTRICT: checked at the end of the statement, so removing a whole partner (whose offers and
        // activities both cascade) still works
        builder.HasOne(o => o.Activity).WithMany().HasForeignKey(o => o.ActivityId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(o => o.Booking).WithMany().HasForeignKey(o => o.BookingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(o => o.AuthorId).OnDelete(DeleteBehavior.SetNull);

        // a partner answers a request once; a request is accepted once, and becomes one booking
        builder.HasIndex(o => new { o.RequestId, o.PartnerId }).IsUnique();
        builder.HasIndex(o => o.RequestId).IsUnique().HasFilter("state = 'accepted'").HasDatabaseName("ix_demand_offers_one_accepted");
        builder.HasIndex(o => o.BookingId).IsUnique().HasFilter("booking_id IS NOT NULL");
        builder.HasIndex(o => new { o.PartnerId, o.State });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_demand_offers_dates", $"cardinality(dates) BETWEEN 1 AND {DemandOffer.MaxDates}");
            t.HasCheckConstraint("ck_demand_offers_booking", "(state = 'accepted') = (booking_id IS NOT NULL)");
            t.HasCheckConstraint("ck_demand_offers_closed", "(state = 'open') = (closed_at IS NULL)");
        });
    }
}

internal sealed class DemandSubscriptionConfiguration : IEntityTypeConfiguration<DemandSubscription>
{
    public void Configure(EntityTypeBuilder<DemandSubscription> builder)
    {
        builder.ToTable("demand_subscriptions");
        builder.HasKey(s => s.PartnerId);
        builder.HasOne(s => s.Partner).WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
