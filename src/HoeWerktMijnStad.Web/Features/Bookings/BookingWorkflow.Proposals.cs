using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>Another date: the partner proposes one, the teacher accepts or rejects it.</summary>
public sealed partial class BookingWorkflow
{
    /// <summary>The partner cannot come on the date asked and proposes another; the teacher answers.</summary>
    public Task<Outcome> ProposeAsync(int bookingId, BookingActor actor, DateTimeOffset start, string? message, CancellationToken cancellationToken = default) =>
        MoveAsync(bookingId, actor.UserId, actor.Name, BookingState.Requested, (_, booking) =>
        {
            if (actor.Side != ChecklistSide.Company)
            {
                return Task.FromResult(Outcome.Refused(PartnerOnly));
            }

            if (start <= clock.GetUtcNow().AddHours(24))
            {
                return Task.FromResult(Outcome.Refused("ProposeADayAhead"));
            }

            booking.ProposedStartsAt = start;
            return Task.FromResult(Outcome.Done);
        }, $"Andere datum voorgesteld: {BookingLabels.When(start)}", (db, facts, _) => mails.DateProposed(db, facts, start, message), cancellationToken);

    /// <summary>The teacher takes the partner's proposed date, the one the page showed them: the visit is
    /// confirmed on it (and leaves its slot).</summary>
    public Task<Outcome> AcceptProposalAsync(int bookingId, BookingActor actor, DateTimeOffset shown, CancellationToken cancellationToken = default) =>
        MoveAsync(bookingId, actor.UserId, actor.Name, BookingState.Requested, async (db, booking) =>
        {
            if (actor.Side != ChecklistSide.School)
            {
                return Outcome.Refused(SchoolOnly);
            }

            if (booking.ProposedStartsAt is not { } proposed || proposed != shown || proposed <= clock.GetUtcNow())
            {
                return Outcome.Refused(Stale);
            }

            await FixDateAsync(db, booking, proposed, cancellationToken);
            // off the slot: the agreed date is the booking's one date option
            (booking.SlotId, booking.DateOptions) = (null, [proposed]);
            booking.ProposedStartsAt = null;
            await ConfirmedAsync(db, booking, clock.GetUtcNow(), cancellationToken);
            return Outcome.Done;
        }, "Voorgestelde datum aangenomen; bevestigd", (db, facts, booking) => mails.Confirmed(db, facts, booking.Sequence), cancellationToken);

    public Task<Outcome> RejectProposalAsync(int bookingId, BookingActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(bookingId, actor.UserId, actor.Name, BookingState.Requested, (_, booking) =>
        {
            if (actor.Side != ChecklistSide.School)
            {
                return Task.FromResult(Outcome.Refused(SchoolOnly));
            }

            if (booking.ProposedStartsAt is null)
            {
                return Task.FromResult(Outcome.Refused(Stale));
            }

            booking.State = BookingState.Cancelled;
            booking.Reason = "De voorgestelde datum past de school niet.";
            return Task.FromResult(Outcome.Done);
        }, "Voorgestelde datum afgewezen; aanvraag gestopt", (db, facts, _) => mails.ProposalRejected(db, facts), cancellationToken);

    private static async Task FixDateAsync(AppDbContext db, Booking booking, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var minutes = await db.Activities.Where(a => a.Id == booking.ActivityId).Select(a => a.DurationMinutes).SingleAsync(cancellationToken);
        (booking.StartsAt, booking.EndsAt) = (start, start.AddMinutes(minutes));
    }
}
