using HoeWerktMijnStad.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Bookings;

internal sealed class SlotConfiguration : IEntityTypeConfiguration<Slot>
{
    public void Configure(EntityTypeBuilder<Slot> builder)
    {
        builder.ToTable("slots");
        builder.HasOne(s => s.Activity).WithMany().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ActivityId, s.StartsAt });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_slots_times", "ends_at > starts_at");
            t.HasCheckConstraint("ck_slots_capacity", "capacity_pupils > 0 AND capacity_groups > 0");
            t.HasCheckConstraint("ck_slots_booked_pupils", "booked_pupils BETWEEN 0 AND capacity_pupils");
            t.HasCheckConstraint("ck_slots_booked_groups", "booked_groups BETWEEN 0 AND capacity_groups");
        });
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("bookings");
        builder.HasIndex(b => b.RequestKey).IsUnique();
        builder.HasIndex(b => new { b.PartnerId, b.State });
        builder.HasIndex(b => new { b.SchoolId, b.State });
        builder.HasIndex(b => b.StartsAt);
        builder.Property(b => b.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
        builder.Property(b => b.LearningGoals).HasMaxLength(2_000);
        builder.Property(b => b.SpecialNeeds).HasMaxLength(2_000);
        builder.Property(b => b.DayPhone).HasMaxLength(20);
        builder.Property(b => b.SchoolContactName).HasMaxLength(200);
        builder.Property(b => b.HostName).HasMaxLength(200);
        builder.Property(b => b.HostPhone).HasMaxLength(20);
        builder.Property(b => b.MeetingPoint).HasMaxLength(500);
        builder.Property(b => b.Reason).HasMaxLength(1_000);
        builder.HasOne(b => b.Activity).WithMany().HasForeignKey(b => b.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Partner).WithMany().HasForeignKey(b => b.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.School).WithMany().HasForeignKey(b => b.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Teacher).WithMany().HasForeignKey(b => b.TeacherId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(b => b.Leader).WithMany().HasForeignKey(b => b.LeaderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(b => b.Slot).WithMany().HasForeignKey(b => b.SlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Class).WithMany().HasForeignKey(b => b.ClassId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(b => b.History).WithOne().HasForeignKey(e => e.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Checklist).WithOne().HasForeignKey(i => i.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_bookings_class", "pupils > 0 AND adults >= 0 AND class_year BETWEEN 1 AND 8");
            t.HasCheckConstraint("ck_bookings_when", "slot_id IS NOT NULL OR cardinality(date_options) BETWEEN 1 AND 3");
            t.HasCheckConstraint("ck_bookings_times", "ends_at IS NULL OR ends_at > starts_at");
            t.HasCheckConstraint("ck_bookings_confirmed_has_date", "state IN ('requested', 'declined', 'cancelled', 'expired') OR starts_at IS NOT NULL");
        });
    }
}

internal sealed class BookingEventConfiguration : IEntityTypeConfiguration<BookingEvent>
{
    public void Configure(EntityTypeBuilder<BookingEvent> builder)
    {
        builder.ToTable("booking_events");
        builder.Property(e => e.At).HasDefaultValueSql("now()");
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.What).HasMaxLength(2_000);
        builder.HasIndex(e => new { e.BookingId, e.At });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class BookingChecklistItemConfiguration : IEntityTypeConfiguration<BookingChecklistItem>
{
    public void Configure(EntityTypeBuilder<BookingChecklistItem> builder)
    {
        builder.ToTable("booking_checklist_items");
        builder.Property(i => i.Text).HasMaxLength(300);
        builder.Property(i => i.DoneBy).HasMaxLength(200);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.DoneById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.BookingId, i.Side, i.Phase, i.Position });
    }
}

internal sealed class ChecklistTemplateItemConfiguration : IEntityTypeConfiguration<ChecklistTemplateItem>
{
    public void Configure(EntityTypeBuilder<ChecklistTemplateItem> builder)
    {
        builder.ToTable("checklist_template_items");
        builder.Property(i => i.Text).HasMaxLength(300);
        builder.ToTable(t => t.HasCheckConstraint("ck_checklist_template_items_confirm", "NOT confirm_on_apply OR side = 'school'"));
        builder.HasData(StandardChecklist.Items);
    }
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("evaluations");
        builder.HasIndex(e => new { e.BookingId, e.Side }).IsUnique();
        builder.HasOne(e => e.Booking).WithMany(b => b.Evaluations).HasForeignKey(e => e.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(e => e.WentWell).HasMaxLength(2_000);
        builder.Property(e => e.CouldBeBetter).HasMaxLength(2_000);
        builder.Property(e => e.AuthorName).HasMaxLength(200);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_evaluations_ratings",
                "preparation BETWEEN 1 AND 5 AND content BETWEEN 1 AND 5 AND learning_goals_fit BETWEEN 1 AND 5 AND organisation BETWEEN 1 AND 5");
            t.HasCheckConstraint("ck_evaluations_mark", "mark BETWEEN 1 AND 10");
            t.HasCheckConstraint("ck_evaluations_sent_complete", "sent_at IS NULL OR (preparation IS NOT NULL AND content IS NOT NULL "
                + "AND learning_goals_fit IS NOT NULL AND organisation IS NOT NULL AND mark IS NOT NULL AND met_expectations IS NOT NULL)");
            t.HasCheckConstraint("ck_evaluations_candidate", "NOT best_practice_candidate OR (best_practice_consent AND sent_at IS NOT NULL)");
        });
    }
}
