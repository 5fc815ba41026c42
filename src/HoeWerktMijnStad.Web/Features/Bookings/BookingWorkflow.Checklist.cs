using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>The booking's checklists: each side ticks its own items once the visit is confirmed.</summary>
public sealed partial class BookingWorkflow
{
    /// <summary>An automatic item was ticked or unticked by hand: it ticks itself (argument: its text and its event).</summary>
    public const string TicksItself = nameof(TicksItself);

    /// <summary>One side ticks its own checklist items (the ids in <paramref name="done"/>) and unticks the rest;
    /// the other side's items are out of its reach, and automatic items follow their event, not the hand: a change
    /// to one is refused with <see cref="TicksItself"/> after the other items are saved.</summary>
    public async Task<Outcome> TickAsync(int bookingId, BookingActor actor, IReadOnlySet<int> done, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.Include(b => b.Checklist).SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking?.State is not (BookingState.Confirmed or BookingState.Completed))
        {
            return Outcome.Refused(Stale);
        }

        var now = clock.GetUtcNow();
        var mine = booking.Checklist.Where(i => i.Side == actor.Side).OrderBy(i => i.Phase).ThenBy(i => i.Position).ToList();
        BookingChecklistItem? triedAutomatic = null;
        foreach (var item in mine)
        {
            var ticked = done.Contains(item.Id);
            if (item.TicksOn is not null)
            {
                triedAutomatic ??= ticked != (item.DoneAt is not null) ? item : null;
                continue;
            }

            if (ticked && item.DoneAt is null)
            {
                (item.DoneAt, item.DoneBy, item.DoneById) = (now, actor.Name, actor.UserId);
            }
            else if (!ticked && item.DoneAt is not null)
            {
                (item.DoneAt, item.DoneBy, item.DoneById) = (null, null, null);
            }
        }

        if (db.ChangeTracker.HasChanges())
        {
            booking.History.Add(new BookingEvent
            {
                At = now, ActorId = actor.UserId, ActorName = actor.Name,
                What = $"Checklist {BookingLabels.Of(actor.Side).ToLowerInvariant()} bijgewerkt: {mine.Count(i => i.DoneAt is not null)} van {mine.Count} gedaan",
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return triedAutomatic is { TicksOn: { } when } ? Outcome.Refused(TicksItself, triedAutomatic.Text, BookingLabels.Of(when)) : Outcome.Done;
    }

    /// <summary>Ticks the booking's automatic items of <paramref name="when"/> (of one side, or both), in the caller's unit
    /// of work: the confirmation, the reminder job and a sent evaluation call it.</summary>
    public static Task<int> TickAutomaticAsync(AppDbContext db, int bookingId, ChecklistEvent when, ChecklistSide? side, DateTimeOffset at,
        CancellationToken cancellationToken) =>
        db.BookingChecklistItems.Where(i => i.BookingId == bookingId && i.TicksOn == when && i.DoneAt == null && (side == null || i.Side == side))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.DoneAt, at).SetProperty(i => i.DoneBy, BookingLabels.AutomaticallyTicked).SetProperty(i => i.DoneById, (string?)null),
                cancellationToken);
}
