using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>Mails each reader what the other side wrote on a booking, at most once per <see cref="Interval"/> per
/// booking and reader: one digest of the messages they have neither read on the site nor been mailed. Run by
/// Hangfire every minute, callable directly in tests. The reader's row is locked while a digest is written, so two
/// runs at once (or two servers) mail once.</summary>
public sealed class BookingMessageDigest(IDbContextFactory<AppDbContext> dbFactory, BookingMails mails, TimeProvider clock, ILogger<BookingMessageDigest> logger)
{
    public const string JobId = "boekingen-berichten";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    private sealed record Due(int BookingId, string UserId);

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        var mailedBefore = now - Interval;
        List<Due> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // the school's side is the teacher who applied, the company's the partner's editors (as every booking mail)
            due = await db.Database.SqlQuery<Due>($"""
                SELECT DISTINCT m.booking_id AS "BookingId", reader.user_id AS "UserId"
                FROM booking_messages m
                JOIN bookings b ON b.id = m.booking_id
                JOIN LATERAL (
                    SELECT b.teacher_id AS user_id WHERE m.side = 'company' AND b.teacher_id IS NOT NULL
                    UNION ALL
                    SELECT e.user_id FROM partner_editors e WHERE m.side = 'school' AND e.partner_id = b.partner_id
                ) reader ON true
                JOIN asp_net_users u ON u.id = reader.user_id AND u.email_confirmed
                LEFT JOIN booking_message_readers r ON r.booking_id = m.booking_id AND r.user_id = reader.user_id
                WHERE m.id > greatest(coalesce(r.read_through_id, 0), coalesce(r.mailed_through_id, 0))
                  AND (r.mailed_at IS NULL OR r.mailed_at <= {mailedBefore})
                ORDER BY 1, 2
                """).ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var one in due)
        {
            try
            {
                sent += await DigestAsync(one, now, cancellationToken) ? 1 : 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // one reader that cannot be mailed must not hold up the others; the next run tries again
                logger.LogError(e, "Message digest failed for booking {BookingId}.", one.BookingId);
            }
        }

        return sent;
    }

    private async Task<bool> DigestAsync(Due one, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO booking_message_readers (booking_id, user_id, read_through_id, mailed_through_id)
            VALUES ({one.BookingId}, {one.UserId}, 0, 0) ON CONFLICT DO NOTHING
            """, cancellationToken);
        // the lock: a second run waits here and then sees what this one mailed
        var reader = await db.BookingMessageReaders.FromSql($"""
            SELECT * FROM booking_message_readers WHERE booking_id = {one.BookingId} AND user_id = {one.UserId} FOR UPDATE
            """).SingleAsync(cancellationToken);
        if (reader.MailedAt > now - Interval)
        {
            return false;
        }

        var facts = await BookingFacts.LoadAsync(db, one.BookingId, cancellationToken);
        var toSchool = facts.Teacher is not null && await db.Bookings.AnyAsync(b => b.Id == one.BookingId && b.TeacherId == one.UserId, cancellationToken);
        var from = toSchool ? ChecklistSide.Company : ChecklistSide.School;
        var seen = Math.Max(reader.ReadThroughId, reader.MailedThroughId);
        var messages = await db.BookingMessages.AsNoTracking()
            .Where(m => m.BookingId == one.BookingId && m.Side == from && m.Id > seen).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var to = await db.Users.AsNoTracking().Where(u => u.Id == one.UserId && u.EmailConfirmed)
            .Select(u => new Recipient(u.Email!, u.DisplayName)).SingleOrDefaultAsync(cancellationToken);
        if (messages.Count == 0 || to is null)
        {
            return false;
        }

        mails.Messages(db, facts, to, toSchool, messages.Select(m => $"{m.AuthorName}, {BookingLabels.When(m.At)}: {m.Text}").ToList());
        (reader.MailedThroughId, reader.MailedAt) = (messages[^1].Id, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
