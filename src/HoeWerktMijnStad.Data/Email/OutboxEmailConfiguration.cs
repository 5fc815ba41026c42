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
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_outbox_emails_to_address", "to_address LIKE '_%@_%'");
            t.HasCheckConstraint("ck_outbox_emails_attempts", "attempts >= 0");
            t.HasCheckConstraint("ck_outbox_emails_calendar", "(calendar IS NULL) = (calendar_method IS NULL) AND calendar_method IN ('REQUEST', 'CANCEL')");
        });
    }
}
