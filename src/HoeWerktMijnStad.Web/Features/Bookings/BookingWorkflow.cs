using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>Who acts on a booking, and for which side.</summary>
public sealed record BookingActor(string UserId, string Name, ChecklistSide Side);

/// <summary>The moves of a booking's workflow. Each checks the state it starts from, records a line of history,
/// queues the mails it causes and saves in one transaction; two people acting on the same booking at once
/// cannot both win (xmin). A booking that leaves its slot gives the places back in the same transaction.</summary>
public sealed partial class BookingWorkflow(IDbContextFactory<AppDbContext> dbFactory, BookingMails mails, TimeProvider clock)
{
    public const string PartnerOnly = nameof(PartnerOnly);

    public const string SchoolOnly = nameof(SchoolOnly);

    public const string Stale = nameof(Stale);

    public const string NotHappenedWindow = nameof(NotHappenedWindow);

    /// <summary>A reason the other side reads: 3 to 900 characters.</summary>
    public const string ReasonLength = nameof(ReasonLength);

    /// <summary>The partner confirms; for an activity on request with one of the teacher's date options.</summary>
    public Task<Outcome> ConfirmAsync(int bookingId, BookingActor actor, DateTimeOffset? chosenStart = null, CancellationToken cancellationToken = default) =>
        MoveAsync(bookingId, actor.UserId, actor.Name, BookingState.Requested, async (db, booking) =>
        {
            if (actor.Side != ChecklistSide.Company)
            {
                return Outcome.Refused(PartnerOnly);
            }

            if (booking.SlotId is null)
            {
                if (chosenStart is not { } start || !booking.DateOptions.Contains(start))
                {
                    return Outcome.Refused("ChooseProposedDate");
                }

                if (start <= clock.GetUtcNow())
                {
                    return Outcome.Refused("DatePassed");
                }

                await FixDateAsync(db, booking, start, cancellationToken);
            }
            else if (booking.StartsAt <= clock.GetUtcNow())
            {
                return Outcome.Refused("TimePassed");
            }

            await ConfirmedAsync(db, booking, clock.GetUtcNow(), cancellationToken);
            return Outcome.Done;
        }, "Bevestigd", (db, facts, booking) => mails.Confirmed(db, facts, booking.Sequence), cancellationToken);

    public Task<Outcome> DeclineAsync(int bookingId, BookingActor actor, string reason, CancellationToken cancellationToken = default) =>
        MoveAsync(bookingId, actor.UserId, actor.Name, BookingState.Requested, (_, booking) =>
        {
            if (actor.Side != ChecklistSide.Company)
            {
                return Task.FromResult(Outcome.Refused(PartnerOnly));
            }

            if (ReasonRefused(reason) is { } refused)
            {
                return Task.FromResult(refused);
            }

            booking.State = BookingState.Declined;
            booking.Reason = reason;
            return Task.FromResult(Outcome.Done);
        }, $"Afgewezen: {reason}", (db, facts, _) => mails.Declined(db, facts, reason), cancellationToken);

    /// <summary>Either side cancels a request or a confirmed visit that has not yet begun.</summary>
    public Task<Outcome> CancelAsync(int bookingId, BookingActor actor, string reason, CancellationToken cancellationToken = default)
    {
        var wasConfirmed = false;
        return MoveAsync(bookingId, actor.UserId, actor.Name, null, (_, booking) =>
        {
            if (booking.State is not (BookingState.Requested or BookingState.Confirmed) || booking.StartsAt <= clock.GetUtcNow())
            {
                return Task.FromResult(Outcome.Refused("CannotCancel"));
            }

            if (ReasonRefused(reason) is { } refused)
            {
                return Task.FromResult(refused);
            }

            wasConfirmed = booking.State == BookingState.Confirmed;
            booking.State = BookingState.Cancelled;
            booking.Reason = reason;
            booking.Sequence++;
            return Task.FromResult(Outcome.Done);
        }, $"Geannuleerd: {reason}",
            (db, facts, booking) => mails.Cancelled(db, facts, By(actor, facts), reason, wasConfirmed ? booking.Sequence : null), cancellationToken);
    }

    /// <summary>How long after its start a visit can still be reported as not happened (when no evaluation was sent).</summary>
    public static readonly TimeSpan ReportWindow = TimeSpan.FromDays(7);

    /// <summary>Either side reports that a visit did not take place: from its start (before it, cancel), and
    /// after completion for a week as long as neither side sent an evaluation. It then does not count as completed.</summary>
    public Task<Outcome> ReportNotHappenedAsync(int bookingId, BookingActor actor, string reason, CancellationToken cancellationToken = default) =>
        MoveAsync(bookingId, actor.UserId, actor.Name, null, async (db, booking) =>
        {
            var evaluated = await db.Evaluations.AnyAsync(e => e.BookingId == booking.Id && e.SentAt != null, cancellationToken);
            if (!CanReportNotHappened(booking, evaluated, clock))
            {
                return Outcome.Refused(NotHappenedWindow);
            }

            if (ReasonRefused(reason) is { } refused)
            {
                return refused;
            }

            booking.State = BookingState.NotHappened;
            booking.Reason = reason;
            booking.Sequence++;
            return Outcome.Done;
        }, $"Niet doorgegaan: {reason}", (db, facts, _) => mails.NotHappened(db, facts, By(actor, facts), reason), cancellationToken);

    public static bool CanReportNotHappened(Booking booking, bool evaluated, TimeProvider clock) =>
        booking.StartsAt is { } start && clock.GetUtcNow() >= start
        && (booking.State == BookingState.Confirmed
            || (booking.State == BookingState.Completed && !evaluated && clock.GetUtcNow() < start + ReportWindow));

    /// <summary>The programme leader says "ik ga mee" to a confirmed visit (or takes it back); both sides hear it.</summary>
    public Task<Outcome> SetLeaderAttendingAsync(int bookingId, string leaderId, string leaderName, bool attending, CancellationToken cancellationToken = default) =>
        MoveAsync(bookingId, leaderId, leaderName, BookingState.Confirmed, (_, booking) =>
        {
            if (booking.LeaderAttending == attending || booking.StartsAt <= clock.GetUtcNow())
            {
                return Task.FromResult(Outcome.Refused(Stale));
            }

            (booking.LeaderAttending, booking.LeaderId) = (attending, attending ? leaderId : null);
            booking.Sequence++;
            return Task.FromResult(Outcome.Done);
        }, attending ? "De programmaleider gaat mee" : "De programmaleider gaat toch niet mee",
            (db, facts, booking) => mails.LeaderAttending(db, facts, attending, booking.Sequence), cancellationToken,
            leaderBefore: true);

    /// <summary>The longest reason the other side reads.</summary>
    public const int MaxReasonLength = 900;

    private static Outcome? ReasonRefused(string reason) =>
        reason.Trim().Length is < 3 or > MaxReasonLength ? (Outcome)new FieldError("Reason", ReasonLength) : null;

    /// <summary>Gives a booking's places back to its slot.</summary>
    public static Task ReleaseAsync(AppDbContext db, int slotId, int pupils, CancellationToken cancellationToken) =>
        db.Slots.Where(s => s.Id == slotId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.BookedPupils, x => x.BookedPupils - pupils)
            .SetProperty(x => x.BookedGroups, x => x.BookedGroups - 1), cancellationToken);

    private static string By(BookingActor actor, BookingFacts facts) =>
        actor.Side == ChecklistSide.School ? $"{actor.Name} ({facts.School})" : $"{actor.Name} ({facts.Partner})";

    /// <summary>Confirmed: the booking gets its own copy of both checklists as the templates read now, with what the
    /// teacher confirmed in the application form already ticked (by the teacher, at the request's time) and the
    /// automatic items of the confirmation ticked. Also how a request's accepted offer (Features/Demand) becomes a
    /// confirmed booking.</summary>
    internal static async Task ConfirmedAsync(AppDbContext db, Booking booking, DateTimeOffset at, CancellationToken cancellationToken)
    {
        booking.State = BookingState.Confirmed;
        var copies = await db.ChecklistTemplateItems.AsNoTracking().OrderBy(i => i.Side).ThenBy(i => i.Phase).ThenBy(i => i.Position)
            .Select(i => new BookingChecklistItem { Side = i.Side, Phase = i.Phase, Position = i.Position, Text = i.Text, TicksOn = i.TicksOn })
            .ToListAsync(cancellationToken);
        var teacher = await db.Users.Where(u => u.Id == booking.TeacherId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        foreach (var item in copies.Where(i => i.Side == ChecklistSide.School && i.TicksOn is null && booking.AppliedConfirmations.Contains(i.Text)))
        {
            (item.DoneAt, item.DoneBy, item.DoneById) = (booking.CreatedAt, $"{teacher ?? "de docent"} (in de aanvraag)", booking.TeacherId);
        }

        foreach (var item in copies.Where(i => i.TicksOn == ChecklistEvent.Confirmed))
        {
            (item.DoneAt, item.DoneBy) = (at, BookingLabels.AutomaticallyTicked);
        }

        booking.Checklist.AddRange(copies);
        booking.Sequence++;
    }

    private async Task<Outcome> MoveAsync(int bookingId, string? actorId, string actorName, BookingState? from,
        Func<AppDbContext, Booking, Task<Outcome>> move, string what, Action<AppDbContext, BookingFacts, Booking> notify,
        CancellationToken cancellationToken, bool leaderBefore = false)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null || (from is { } state && booking.State != state))
        {
            return Outcome.Refused(Stale);
        }

        var heldSlot = booking.State is BookingState.Requested or BookingState.Confirmed ? booking.SlotId : null;
        // the leader who goes along now: they hear of the change even when it is that they no longer go
        var leaderRecipient = leaderBefore ? (await BookingFacts.LoadAsync(db, bookingId, cancellationToken)).Leader : null;
        if (await move(db, booking) is { Succeeded: false } refusal)
        {
            return refusal;
        }

        booking.History.Add(new BookingEvent { At = clock.GetUtcNow(), ActorId = actorId, ActorName = actorName, What = what });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Refused(Stale);
        }

        // only after the state change is saved (it fails for the loser of a race), so places go back once
        if (heldSlot is { } slotId && (booking.SlotId is null || booking.State is BookingState.Declined or BookingState.Cancelled or BookingState.Expired))
        {
            await ReleaseAsync(db, slotId, booking.Pupils, cancellationToken);
        }

        var facts = await BookingFacts.LoadAsync(db, bookingId, cancellationToken);
        if (leaderBefore && facts.Leader is null && leaderRecipient is not null)
        {
            facts = facts with { Leader = leaderRecipient };
        }

        notify(db, facts, booking);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Done;
    }
}
