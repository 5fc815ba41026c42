using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>Who acts on a booking, and for which side.</summary>
public sealed record BookingActor(string UserId, string Name, ChecklistSide Side);

/// <summary>The moves of a booking's workflow. Each checks the state it starts from, records a line of history
/// and saves in one transaction; two people acting on the same booking at once cannot both win (xmin).
/// A booking that leaves the slot gives its places back in the same transaction.</summary>
public sealed class BookingWorkflow(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const string PartnerOnly = "Alleen de partner kan een aanvraag bevestigen of afwijzen.";

    public const string Stale = "Deze boeking is intussen gewijzigd (door jou in een ander venster of door de andere kant). Bekijk hoe ze nu staat.";

    /// <summary>The partner confirms; for an activity on request with one of the teacher's date options.</summary>
    public Task<string?> ConfirmAsync(int bookingId, BookingActor actor, DateTimeOffset? chosenStart = null, CancellationToken cancellationToken = default) =>
        MoveAsync(bookingId, actor, BookingState.Requested, async (db, booking) =>
        {
            if (actor.Side != ChecklistSide.Company)
            {
                return PartnerOnly;
            }

            if (booking.SlotId is null)
            {
                if (chosenStart is not { } start || !booking.DateOptions.Contains(start))
                {
                    return "Kies een van de data die de school voorstelde.";
                }

                var minutes = await db.Activities.Where(a => a.Id == booking.ActivityId).Select(a => a.DurationMinutes).SingleAsync(cancellationToken);
                (booking.StartsAt, booking.EndsAt) = (start, start.AddMinutes(minutes));
            }

            booking.State = BookingState.Confirmed;
            booking.Checklist.AddRange(await db.ChecklistTemplateItems.AsNoTracking().OrderBy(i => i.Side).ThenBy(i => i.Phase).ThenBy(i => i.Position)
                .Select(i => new BookingChecklistItem { Side = i.Side, Phase = i.Phase, Position = i.Position, Text = i.Text })
                .ToListAsync(cancellationToken));
            booking.Sequence++;
            return null;
        }, "Bevestigd", cancellationToken);

    public Task<string?> DeclineAsync(int bookingId, BookingActor actor, string reason, CancellationToken cancellationToken = default) =>
        MoveAsync(bookingId, actor, BookingState.Requested, (_, booking) =>
        {
            if (actor.Side != ChecklistSide.Company)
            {
                return Task.FromResult<string?>(PartnerOnly);
            }

            booking.State = BookingState.Declined;
            booking.Reason = reason;
            return Task.FromResult<string?>(null);
        }, $"Afgewezen: {reason}", cancellationToken);

    /// <summary>Either side cancels a request or a confirmed visit that has not yet begun.</summary>
    public Task<string?> CancelAsync(int bookingId, BookingActor actor, string reason, CancellationToken cancellationToken = default) =>
        MoveAsync(bookingId, actor, null, (_, booking) =>
        {
            if (booking.State is not (BookingState.Requested or BookingState.Confirmed) || booking.StartsAt <= clock.GetUtcNow())
            {
                return Task.FromResult<string?>("Deze boeking kan niet meer geannuleerd worden.");
            }

            booking.State = BookingState.Cancelled;
            booking.Reason = reason;
            booking.Sequence++;
            return Task.FromResult<string?>(null);
        }, $"Geannuleerd: {reason}", cancellationToken);

    /// <summary>One side ticks its own checklist items (the ids in <paramref name="done"/>) and unticks the rest;
    /// the other side's items are out of its reach.</summary>
    public async Task<string?> TickAsync(int bookingId, BookingActor actor, IReadOnlySet<int> done, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.Include(b => b.Checklist).SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking?.State is not (BookingState.Confirmed or BookingState.Completed))
        {
            return Stale;
        }

        var now = clock.GetUtcNow();
        var mine = booking.Checklist.Where(i => i.Side == actor.Side).ToList();
        foreach (var item in mine)
        {
            var ticked = done.Contains(item.Id);
            if (ticked && item.DoneAt is null)
            {
                (item.DoneAt, item.DoneBy) = (now, actor.Name);
            }
            else if (!ticked && item.DoneAt is not null)
            {
                (item.DoneAt, item.DoneBy) = (null, null);
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

        return null;
    }

    private async Task<string?> MoveAsync(int bookingId, BookingActor actor, BookingState? from,
        Func<AppDbContext, Booking, Task<string?>> move, string what, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null || (from is { } state && booking.State != state))
        {
            return Stale;
        }

        var heldPlaces = booking.State is BookingState.Requested or BookingState.Confirmed;
        if (await move(db, booking) is { } refusal)
        {
            return refusal;
        }

        booking.History.Add(new BookingEvent { At = clock.GetUtcNow(), ActorId = actor.UserId, ActorName = actor.Name, What = what });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale;
        }

        // only after the state change is saved (it fails for the loser of a race), so places go back once
        if (heldPlaces && booking.State is BookingState.Declined or BookingState.Cancelled or BookingState.Expired)
        {
            await ReleaseAsync(db, booking, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private static async Task ReleaseAsync(AppDbContext db, Booking booking, CancellationToken cancellationToken)
    {
        if (booking.SlotId is { } slotId)
        {
            var pupils = booking.Pupils;
            await db.Slots.Where(s => s.Id == slotId).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.BookedPupils, x => x.BookedPupils - pupils)
                .SetProperty(x => x.BookedGroups, x => x.BookedGroups - 1), cancellationToken);
        }
    }
}
