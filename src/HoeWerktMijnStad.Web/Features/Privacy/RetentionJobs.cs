using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.Privacy;

/// <summary>The daily retention job (ADR 0019): personal data that has served its purpose is erased, the figures stay.
/// Every step is one set-based statement that touches only rows still holding the data, so a second run (Hangfire
/// promises at least once) changes nothing.</summary>
public sealed class RetentionJobs(IDbContextFactory<AppDbContext> dbFactory, InactiveAccounts inactiveAccounts, TimeProvider clock,
    IOptions<RetentionOptions> options, ILogger<RetentionJobs> logger)
{
    public const string JobId = "bewaartermijnen";

    public const string Erased = "";

    private RetentionOptions Retention => options.Value;

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var bookings = await EraseBookingContactsAsync(cancellationToken);
        var mails = await PurgeSentMailBodiesAsync(cancellationToken);
        var requests = await EraseDemandContactsAsync(cancellationToken);
        var signUps = await EraseEventSignUpsAsync(cancellationToken);
        var warned = await inactiveAccounts.WarnAsync(cancellationToken);
        var deleted = await inactiveAccounts.DeleteAsync(cancellationToken);
        if (bookings + mails + requests + signUps + warned + deleted > 0)
        {
            logger.LogInformation("Retention: {Bookings} bookings, {Requests} requests and {SignUps} event sign-ups erased, {Mails} mail bodies purged, {Warned} accounts warned, {Deleted} deleted.",
                bookings, requests, signUps, mails, warned, deleted);
        }
    }

    /// <summary>The phone for the day, the contacts for the day, special needs, learning goals and the message thread of
    /// every booking whose visit (or, for a request that never got a date, its last proposed date) lies more than the
    /// retention period back. Class size, level, state and the evaluations stay for the figures.</summary>
    public async Task<int> EraseBookingContactsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var before = clock.GetUtcNow().ToUniversalTime() - Retention.BookingContact;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var messages = await db.Database.ExecuteSqlAsync($"""
            DELETE FROM booking_messages m USING bookings b
            WHERE b.id = m.booking_id
              AND coalesce(b.ends_at, b.starts_at, (SELECT max(d) FROM unnest(b.date_options) d), b.created_at) < {before}
            """, cancellationToken);
        var bookings = await db.Database.ExecuteSqlAsync($"""
            UPDATE bookings b SET day_phone = '', special_needs = '', learning_goals = '',
                school_contact_name = '', host_name = '', host_phone = '', meeting_point = ''
            WHERE (b.day_phone <> '' OR b.special_needs <> '' OR b.learning_goals <> ''
                   OR b.school_contact_name <> '' OR b.host_name <> '' OR b.host_phone <> '' OR b.meeting_point <> '')
              AND coalesce(b.ends_at, b.starts_at, (SELECT max(d) FROM unnest(b.date_options) d), b.created_at) < {before}
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return bookings + messages;
    }

    /// <summary>The bodies (text, HTML, calendar invitation) of mails sent more than the retention period ago. The
    /// recipient, subject and sending time stay: they show that a mail went out, not what it said.</summary>
    public async Task<int> PurgeSentMailBodiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var before = clock.GetUtcNow().ToUniversalTime() - Retention.SentMailBody;
        return await db.OutboxEmails
            .Where(m => m.SentAt != null && m.SentAt < before && (m.TextBody != Erased || m.HtmlBody != null || m.Calendar != null))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.TextBody, Erased)
                .SetProperty(m => m.HtmlBody, (string?)null)
                .SetProperty(m => m.Calendar, (string?)null)
                .SetProperty(m => m.CalendarMethod, (string?)null), cancellationToken);
    }

    /// <summary>The agenda: the name and e-mail address of every sign-up (with or without an account, in any state) once
    /// its event ended more than the retention period ago, the link to the account, and the mails about that event to
    /// that address (the subject names the event). The sign-up stays as a count of who came.</summary>
    public async Task<int> EraseEventSignUpsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().ToUniversalTime();
        var before = now - Retention.EventSignUp;
        var prefix = Agenda.AgendaMails.SubjectPrefix;
        return (await db.Database.SqlQuery<int>($"""
            WITH gone AS (
                SELECT s.id, s.email, e.title FROM event_sign_ups s JOIN network_events e ON e.id = s.event_id
                WHERE s.erased_at IS NULL AND e.ends_at < {before}
                FOR UPDATE OF s),
            mails AS (
                DELETE FROM outbox_emails o USING gone g
                WHERE o.to_address = g.email AND left(o.subject, length({prefix} || g.title || ':')) = {prefix} || g.title || ':'),
            erased AS (
                UPDATE event_sign_ups s SET name = '', email = '', user_id = NULL, erased_at = {now}
                FROM gone g WHERE s.id = g.id
                RETURNING s.id)
            SELECT count(*)::int AS "Value" FROM erased
            """).ToListAsync(cancellationToken))[0];
    }

    /// <summary>Vraag en aanbod, once a request has been closed for the retention period: the link to the teacher
    /// (through which answering partners saw name and address), the free texts of the request (description, how the
    /// class travels) and of the offers (message, the editor's name). What was asked, for whom and when stays.</summary>
    public async Task<int> EraseDemandContactsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var before = clock.GetUtcNow().ToUniversalTime() - Retention.DemandContact;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var offers = await db.DemandOffers
            .Where(o => o.Request!.ClosedAt < before && (o.Message != Erased || o.AuthorName != Erased || o.AuthorId != null))
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Message, Erased)
                .SetProperty(o => o.AuthorName, Erased)
                .SetProperty(o => o.AuthorId, (string?)null), cancellationToken);
        var requests = await db.DemandRequests
            .Where(r => r.ClosedAt < before && (r.TeacherId != null || r.Description != Erased || r.TravelNote != Erased))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.TeacherId, (string?)null)
                .SetProperty(r => r.Description, Erased)
                .SetProperty(r => r.TravelNote, Erased), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return requests + offers;
    }
}
