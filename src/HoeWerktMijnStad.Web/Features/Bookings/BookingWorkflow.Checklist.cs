using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>The booking's checklists: each side ticks its own items once the visit is confirmed.</summary>
public sealed partial class BookingWorkflow
{
    /// <summary>One side ticks its own checklist items (the ids in <paramref name="done"/>) and unticks the rest;
    /// the other side's items are out of its reach.</summary>
    public async Task<Outcome> TickAsync(int bookingId, BookingActor actor, IReadOnlySet<int> done, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.Include(b => b.Checklist).SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking?.State is not (BookingState.Confirmed or BookingState.Completed))
        {
            return Outcome.Refused(Stale);
        }

        var now = clock.GetUtcNow();
        var mine = booking.Checklist.Where(i => i.Side == actor.Side).ToList();
        foreach (var item in mine)
        {
            var ticked = done.Contains(item.Id);
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

        return Outcome.Done;
    }
}
