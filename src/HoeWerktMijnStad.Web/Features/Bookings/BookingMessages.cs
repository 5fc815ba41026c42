using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>A booking's message thread (issue 17 §1): short texts from either side, read on the booking's page,
/// counted as unread on the lists and dashboards, and mailed to the other side as a digest by
/// <see cref="BookingMessageDigest"/>. Who may write is decided by <see cref="BookingAccess"/>, as for every move.</summary>
public sealed class BookingMessages(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxLength = 1_000;

    /// <summary>A message of 1 to <see cref="MaxLength"/> characters.</summary>
    public const string MessageLength = nameof(MessageLength);

    public async Task<Outcome> PostAsync(int bookingId, BookingActor actor, string? text, CancellationToken cancellationToken = default)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxLength)
        {
            return new FieldError("Text", MessageLength, MaxLength);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Bookings.AnyAsync(b => b.Id == bookingId, cancellationToken))
        {
            return Outcome.Refused(BookingWorkflow.Stale);
        }

        var message = new BookingMessage
        {
            BookingId = bookingId, Side = actor.Side, AuthorId = actor.UserId, AuthorName = actor.Name, Text = trimmed, At = clock.GetUtcNow(),
        };
        db.BookingMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        // what one writes oneself is read
        await ReadThroughAsync(db, bookingId, actor.UserId, message.Id, cancellationToken);
        return Outcome.Done;
    }

    /// <summary>The reader saw the thread as it is now: the other side's messages no longer count as unread, and
    /// the digest will not mail them. Returns how far they had read before, so the page can mark what is new.</summary>
    public async Task<long> MarkReadAsync(int bookingId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var before = await db.BookingMessageReaders.Where(r => r.BookingId == bookingId && r.UserId == userId)
            .Select(r => (long?)r.ReadThroughId).SingleOrDefaultAsync(cancellationToken) ?? 0;
        var newest = await db.BookingMessages.Where(m => m.BookingId == bookingId).MaxAsync(m => (long?)m.Id, cancellationToken);
        if (newest is { } id && id > before)
        {
            await ReadThroughAsync(db, bookingId, userId, id, cancellationToken);
        }

        return before;
    }

    /// <summary>Per booking, how many of the other side's messages this reader has not seen.</summary>
    public async Task<Dictionary<int, int>> UnreadAsync(IReadOnlyCollection<int> bookingIds, string userId, ChecklistSide side,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Unread(db, userId, side).Where(m => bookingIds.Contains(m.BookingId))
            .GroupBy(m => m.BookingId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <summary>The unread messages of the other side on the bookings of these partners (a partner's dashboard).</summary>
    public async Task<int> UnreadForPartnersAsync(IReadOnlyCollection<int> partnerIds, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var bookings = db.Bookings.Where(b => partnerIds.Contains(b.PartnerId)).Select(b => b.Id);
        return await Unread(db, userId, ChecklistSide.Company).CountAsync(m => bookings.Contains(m.BookingId), cancellationToken);
    }

    private static IQueryable<BookingMessage> Unread(AppDbContext db, string userId, ChecklistSide side) =>
        db.BookingMessages.Where(m => m.Side != side
            && m.Id > (db.BookingMessageReaders.Where(r => r.BookingId == m.BookingId && r.UserId == userId).Select(r => (long?)r.ReadThroughId).FirstOrDefault() ?? 0));

    private static Task<int> ReadThroughAsync(AppDbContext db, int bookingId, string userId, long messageId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO booking_message_readers (booking_id, user_id, read_through_id, mailed_through_id)
            VALUES ({bookingId}, {userId}, {messageId}, 0)
            ON CONFLICT (booking_id, user_id) DO UPDATE SET read_through_id = greatest(booking_message_readers.read_through_id, excluded.read_through_id)
            """, cancellationToken);
}
