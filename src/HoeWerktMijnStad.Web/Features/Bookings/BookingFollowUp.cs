using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>The background steps of a booking's life, run by Hangfire every quarter of an hour and callable
/// directly in tests: expire unanswered requests, remind both sides two days before, complete visits the day
/// after, ask both sides for an evaluation and remind them a week later. Every step is idempotent: it changes a
/// booking only from the state it expects (guarded by xmin), and queues its mails in the same transaction, so
/// a second run, or two servers at once, send nothing twice.</summary>
public sealed class BookingFollowUp(IDbContextFactory<AppDbContext> dbFactory, BookingMails mails, MapRule.MonthlyMapRule mapRule, TimeProvider clock, ILogger<BookingFollowUp> logger)
{
    public const string JobId = "boekingen-opvolgen";

    public const string System = "Hoe Werkt Mijn Stad";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var expired = await ExpireAsync(cancellationToken);
        var completed = await CompleteAsync(cancellationToken);
        var reminded = await RemindAsync(cancellationToken);
        var evaluations = await RequestEvaluationsAsync(cancellationToken);
        logger.LogInformation("Booking follow-up: {Expired} expired, {Completed} completed, {Reminded} reminded, {Evaluations} evaluation mails.",
            expired, completed, reminded, evaluations);
    }

    /// <summary>Requests without an answer within five working days, or whose date has passed, expire and give
    /// their places back.</summary>
    public async Task<int> ExpireAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        List<int> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var open = await db.Bookings.AsNoTracking().Where(b => b.State == BookingState.Requested)
                .Select(b => new { b.Id, b.CreatedAt, b.StartsAt, b.ProposedStartsAt, b.DateOptions }).ToListAsync(cancellationToken);
            due = open.Where(b => ExpiryReason(b.CreatedAt, b.StartsAt, b.ProposedStartsAt, b.DateOptions, now) is not null).Select(b => b.Id).ToList();
        }

        return await EachAsync(due, BookingState.Requested, (db, booking) =>
        {
            var reason = ExpiryReason(booking.CreatedAt, booking.StartsAt, booking.ProposedStartsAt, booking.DateOptions, now);
            if (reason is null)
            {
                return Task.FromResult<Outcome?>(null);
            }

            booking.State = BookingState.Expired;
            booking.Reason = reason;
            var schoolDidNotAnswer = booking.ProposedStartsAt is not null;
            return Task.FromResult<Outcome?>(new Outcome($"Verlopen: {reason}", (db, facts) => mails.Expired(db, facts, schoolDidNotAnswer)));
        }, releases: true, cancellationToken);
    }

    /// <summary>Why a request expires now, or null while it may still be answered.</summary>
    public static string? ExpiryReason(DateTimeOffset createdAt, DateTimeOffset? startsAt, DateTimeOffset? proposed, IReadOnlyList<DateTimeOffset> options, DateTimeOffset now)
    {
        if (proposed is { } date)
        {
            return date <= now ? "De voorgestelde datum is voorbij zonder antwoord van de school." : null;
        }

        if (startsAt <= now || (startsAt is null && options.Count > 0 && options.All(o => o <= now)))
        {
            return "De gevraagde datum is voorbij zonder antwoord van de partner.";
        }

        var first = startsAt ?? (options.Count > 0 ? options.Min() : (DateTimeOffset?)null);
        return BookingRequests.AnswerBefore(createdAt, first) <= now
            ? "Geen antwoord van de partner op tijd (binnen vijf werkdagen en uiterlijk twee werkdagen voor het bezoek)." : null;
    }

    /// <summary>Two days before the visit both sides get a reminder with their open "before" checklist items.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = await IdsAsync(b => b.State == BookingState.Confirmed && b.ReminderSentAt == null && b.StartsAt > now && b.StartsAt <= now.AddDays(2), cancellationToken);
        return await EachAsync(due, BookingState.Confirmed, async (db, booking) =>
        {
            if (booking.ReminderSentAt is not null)
            {
                return null;
            }

            booking.ReminderSentAt = now;
            // its own automatic items are done by this very mail: not listed as open
            await BookingWorkflow.TickAutomaticAsync(db, booking.Id, ChecklistEvent.ReminderSent, null, now, cancellationToken);
            var open = await db.BookingChecklistItems.AsNoTracking()
                .Where(i => i.BookingId == booking.Id && i.Phase == ChecklistPhase.Before && i.DoneAt == null)
                .OrderBy(i => i.Position).Select(i => new { i.Side, i.Text }).ToListAsync(cancellationToken);
            return new Outcome("Herinnering gestuurd", (db, facts) => mails.Reminder(db, facts,
                open.Where(i => i.Side == ChecklistSide.School).Select(i => i.Text).ToList(),
                open.Where(i => i.Side == ChecklistSide.Company).Select(i => i.Text).ToList(), booking.Sequence));
        }, releases: false, cancellationToken);
    }

    /// <summary>The day after its date, a confirmed visit that nobody reported as not happened is completed.</summary>
    public async Task<int> CompleteAsync(CancellationToken cancellationToken = default)
    {
        var startOfToday = AmsterdamTime.ToInstant(AmsterdamTime.Today(clock), TimeOnly.MinValue);
        var due = await IdsAsync(b => b.State == BookingState.Confirmed && b.StartsAt < startOfToday, cancellationToken);
        return await EachAsync(due, BookingState.Confirmed, async (db, booking) =>
        {
            booking.State = BookingState.Completed;
            booking.CompletedAt = clock.GetUtcNow();
            // a partner off the map comes back with this visit (rolled back with it, should the save fail)
            await mapRule.ComeBackAsync(db, booking.PartnerId, booking.StartsAt!.Value, cancellationToken);
            // the class that went gets its passport stamps with the same save
            await Passports.PassportStamps.VisitCompletedAsync(db, booking, clock.GetUtcNow(), cancellationToken);
            return new Outcome("Uitgevoerd", (_, _) => { });
        }, releases: false, cancellationToken);
    }

    /// <summary>After completion both sides are asked for their evaluation; a week later the sides that have not
    /// sent it get one reminder.</summary>
    public async Task<int> RequestEvaluationsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var weekAgo = now.AddDays(-7);
        var due = await IdsAsync(b => b.State == BookingState.Completed
            && (b.EvaluationRequestedAt == null || (b.EvaluationRequestedAt <= weekAgo && b.EvaluationReminderSentAt == null)), cancellationToken);
        return await EachAsync(due, BookingState.Completed, async (db, booking) =>
        {
            var reminder = booking.EvaluationRequestedAt is not null;
            if (reminder && (booking.EvaluationRequestedAt > weekAgo || booking.EvaluationReminderSentAt is not null))
            {
                return null;
            }

            _ = reminder ? booking.EvaluationReminderSentAt = now : booking.EvaluationRequestedAt = now;
            var sent = await db.Evaluations.AsNoTracking().Where(e => e.BookingId == booking.Id && e.SentAt != null)
                .Select(e => e.Side).ToListAsync(cancellationToken);
            if (sent.Count == 2)
            {
                // both already sent theirs: nothing to ask, and nothing to record
                return new Outcome(null, (_, _) => { });
            }

            return new Outcome(reminder ? "Herinnering evaluatie gestuurd" : "Evaluatie gevraagd", (db, facts) => mails.EvaluationRequest(db, facts,
                school: !sent.Contains(ChecklistSide.School), company: !sent.Contains(ChecklistSide.Company), reminder));
        }, releases: false, cancellationToken);
    }

    /// <summary>What a step did to a booking: its line of history and the mails it causes.</summary>
    private sealed record Outcome(string? History, Action<AppDbContext, BookingFacts> Notify);

    private async Task<List<int>> IdsAsync(System.Linq.Expressions.Expression<Func<Booking, bool>> due, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Bookings.AsNoTracking().Where(due).OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Each booking in its own transaction: re-read, changed by <paramref name="step"/> (no outcome:
    /// nothing to do after all), saved under xmin, its mails queued, committed. A booking another run changed meanwhile
    /// is skipped.</summary>
    private async Task<int> EachAsync(IEnumerable<int> ids, BookingState from,
        Func<AppDbContext, Booking, Task<Outcome?>> step, bool releases, CancellationToken cancellationToken)
    {
        var done = 0;
        foreach (var id in ids)
        {
            try
            {
                done += await OneAsync(id, from, step, releases, cancellationToken) ? 1 : 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // one booking that cannot be handled must not hold up all the others; the next run tries it again
                logger.LogError(e, "Booking follow-up failed for booking {BookingId}.", id);
            }
        }

        return done;
    }

    private async Task<bool> OneAsync(int id, BookingState from, Func<AppDbContext, Booking, Task<Outcome?>> step, bool releases, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.Id == id && b.State == from, cancellationToken);
        if (booking is null || await step(db, booking) is not { } outcome)
        {
            return false;
        }

        if (outcome.History is { } what)
        {
            booking.History.Add(new BookingEvent { At = clock.GetUtcNow(), ActorName = System, What = what });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        if (releases && booking.SlotId is { } slotId)
        {
            await BookingWorkflow.ReleaseAsync(db, slotId, booking.Pupils, cancellationToken);
        }

        outcome.Notify(db, await BookingFacts.LoadAsync(db, id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
