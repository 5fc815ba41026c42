using HoeWerktMijnStad.Data.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Email;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("outbox_emails");
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.ToAddress).HasMaxLength(320);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(2_000);
        builder.Property(m => m.CalendarMethod).HasMaxLength(10);
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL AND undeliverable_at IS NULL");
        builder.HasIndex(m => m.UndeliverableAt).HasFilter("undeliverable_at IS NOT NULL");

        // a booking's mails outlive nothing of it: the reference goes with the booking (its erasure included)
        builder.HasOne<Booking>().WithMany().HasForeignKey(m => m.BookingId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_outbox_emails_to_address", "to_address LIKE '_%@_%'");
            t.HasCheckConstraint("ck_outbox_emails_attempts", "attempts >= 0");
            t.HasCheckConstraint("ck_outbox_emails_sent_or_undeliverable", "sent_at IS NULL OR undeliverable_at IS NULL");
            t.HasCheckConstraint("ck_outbox_emails_undeliverable_reason", "undeliverable_at IS NULL OR last_error IS NOT NULL");
            t.HasCheckConstraint("ck_outbox_emails_calendar", "(calendar IS NULL) = (calendar_method IS NULL) AND calendar_method IN ('REQUEST', 'CANCEL')");
        });
    }
}
