using HoeWerktMijnStad.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Bookings;

internal sealed class BookingMessageConfiguration : IEntityTypeConfiguration<BookingMessage>
{
    public void Configure(EntityTypeBuilder<BookingMessage> builder)
    {
        builder.ToTable("booking_messages");
        builder.Property(m => m.AuthorName).HasMaxLength(200);
        builder.Property(m => m.Text).HasMaxLength(2_000);
        builder.HasIndex(m => new { m.BookingId, m.Id });
        builder.HasOne<Booking>().WithMany(b => b.Messages).HasForeignKey(m => m.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t => t.HasCheckConstraint("ck_booking_messages_text", "char_length(text) BETWEEN 1 AND 2000"));
    }
}

internal sealed class BookingMessageReaderConfiguration : IEntityTypeConfiguration<BookingMessageReader>
{
    public void Configure(EntityTypeBuilder<BookingMessageReader> builder)
    {
        builder.ToTable("booking_message_readers");
        builder.HasKey(r => new { r.BookingId, r.UserId });
        builder.HasIndex(r => r.UserId);
        builder.HasOne<Booking>().WithMany().HasForeignKey(r => r.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
