using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Family;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Family.Parties;

public enum PartyOutcome
{
    Done,
    NotFound,
    NoRoom,
    AgesDoNotFit,
    HoldExpired,
    NotPossibleNow,

    /// <summary>This address already has a live booking for this party (a double click, a second tab).</summary>
    AlreadyBooked,

    /// <summary>The party starts within <see cref="PartyBookings.LeadTime"/>: too soon for the partner to answer.</summary>
    TooSoon,

    MessageTooLong,

    /// <summary>This address already held <see cref="PartyBookings.HoldsPerAddressPerDay"/> parties in the last day.</summary>
    TooManyHolds,
}

public sealed record PartyResult(PartyOutcome Outcome, int PlacesLeft = 0)
{
    public bool Done => Outcome == PartyOutcome.Done;
}

/// <summary>A kids' party booking's life: held for 30 minutes, confirmed by the parent through the link in the mail
/// (double opt-in), answered by the partner, cancelled by the parent through the same link. Places are taken and
/// given back as on school slots (ADR 0009): one conditional UPDATE of the slot's count, guarded by a check
/// constraint; state changes are guarded by the booking's xmin so each happens once.</summary>
public sealed class PartyBookings(IDbContextFactory<AppDbContext> dbFactory, PartyMails mails, PartyLinks links, TimeProvider clock)
{
    public static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(30);

    /// <summary>Parties can be booked until two days before they start, so the partner has time to answer.</summary>
    public static readonly TimeSpan LeadTime = TimeSpan.FromDays(2);

    public const int MaxMessageLength = 1000;

    /// <summary>Every hold mails its address: a stranger cannot make the site mail one address more often than this.</summary>
    public const int HoldsPerAddressPerDay = 2;

    public async Task<PartyResult> HoldAsync(int slotId, PartyInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var children = input.Children!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var slot = await db.PartySlots.AsNoTracking().Where(s => s.Id == slotId)
            .Select(s => new { s.MinAge, s.MaxAge, Left = s.CapacityChildren - s.BookedChildren }).SingleOrDefaultAsync(cancellationToken);
        if (slot is null)
        {
            return new(PartyOutcome.NotFound);
        }

        if (input.AgeFrom < slot.MinAge || input.AgeTo > slot.MaxAge)
        {
            return new(PartyOutcome.AgesDoNotFit);
        }

        var email = input.Email!.Trim().ToLowerInvariant();
        var dayAgo = now.AddDays(-1);
        if (await db.PartyBookings.CountAsync(b => b.Email == email && b.CreatedAt > dayAgo, cancellationToken) >= HoldsPerAddressPerDay)
        {
            return new(PartyOutcome.TooManyHolds);
        }

        var bookableUntil = now + LeadTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.PartySlots
            .Where(s => s.Id == slotId && !s.Closed && s.StartsAt > bookableUntil && s.BookedChildren + children <= s.CapacityChildren)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.BookedChildren, x => x.BookedChildren + children), cancellationToken);
        if (taken == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var state = await db.PartySlots.Where(s => s.Id == slotId && !s.Closed)
                .Select(s => new { s.StartsAt, Left = s.CapacityChildren - s.BookedChildren }).SingleOrDefaultAsync(cancellationToken);
            return state is null ? new(PartyOutcome.NotPossibleNow)
                : state.StartsAt <= bookableUntil ? new(PartyOutcome.TooSoon)
                : new(PartyOutcome.NoRoom, state.Left);
        }

        var booking = new PartyBooking
        {
            PartySlotId = slotId,
            State = PartyBookingState.Held,
            ParentName = input.ParentName!.Trim(),
            Email = email,
            Phone = input.Phone!.Trim(),
            Children = children,
            AgeFrom = input.AgeFrom!.Value,
            AgeTo = input.AgeTo!.Value,
            CreatedAt = now,
            HeldUntil = now + HoldFor,
        };
        db.PartyBookings.Add(booking);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // the places taken above go back with the rollback
            await transaction.RollbackAsync(cancellationToken);
            return new(PartyOutcome.AlreadyBooked);
        }

        mails.Held(db, (await PartyFacts.FindAsync(db, booking.Id, cancellationToken))!, links.TokenFor(booking.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(PartyOutcome.Done);
    }

    /// <summary>The booking behind a parent's link, or null for an unknown link.</summary>
    public async Task<PartyFacts?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = links.Read(token);
        return id is null ? null : await PartyFacts.FindAsync(db, id.Value, cancellationToken);
    }

    public Task<PartyResult> ConfirmByParentAsync(string token, CancellationToken cancellationToken = default) =>
        ByParentAsync(token, async (db, booking, facts, now) =>
        {
            if (booking.State != PartyBookingState.Held)
            {
                return PartyOutcome.NotPossibleNow;
            }

            if (booking.HeldUntil <= now)
            {
                // the job has not come by yet: expire it now, the same way (the row is locked by this transaction)
                await PartyHolds.ExpireAsync(db, now, booking.Id, cancellationToken);
                return PartyOutcome.HoldExpired;
            }

            if (facts.StartsAt <= now)
            {
                return PartyOutcome.NotPossibleNow;
            }

            booking.State = PartyBookingState.Requested;
            booking.ParentConfirmedAt = now;
            await mails.ParentConfirmedAsync(db, facts with { State = booking.State }, token, cancellationToken);
            return PartyOutcome.Done;
        }, cancellationToken);

    public Task<PartyResult> CancelByParentAsync(string token, CancellationToken cancellationToken = default) =>
        ByParentAsync(token, async (db, booking, facts, now) =>
        {
            var partnerKnew = booking.State is PartyBookingState.Requested or PartyBookingState.Confirmed;
            if (!(partnerKnew || booking.State == PartyBookingState.Held) || facts.StartsAt <= now)
            {
                return PartyOutcome.NotPossibleNow;
            }

            await ReleaseAsync(db, booking, PartyBookingState.Cancelled, cancellationToken);
            await mails.CancelledAsync(db, facts, partnerKnew, cancellationToken);
            return PartyOutcome.Done;
        }, cancellationToken);

    /// <summary>The partner confirms or declines a request the parent confirmed. Who may answer for which partner is
    /// the caller's check (<see cref="PartnerSelfService.PartnerAccess"/>).</summary>
    public async Task<PartyResult> AnswerAsync(int bookingId, int partnerId, bool confirm, string? message, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var facts = await PartyFacts.FindAsync(db, bookingId, cancellationToken);
        if (facts is null || facts.PartnerId != partnerId)
        {
            return new(PartyOutcome.NotFound);
        }

        message = message?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (message?.Length > MaxMessageLength)
        {
            return new(PartyOutcome.MessageTooLong);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await LockAsync(db, bookingId, cancellationToken);
        if (booking?.State != PartyBookingState.Requested || facts.StartsAt <= clock.GetUtcNow())
        {
            return new(PartyOutcome.NotPossibleNow);
        }

        booking.AnsweredAt = clock.GetUtcNow();
        booking.PartnerMessage = string.IsNullOrEmpty(message) ? null : message;
        if (confirm)
        {
            booking.State = PartyBookingState.Confirmed;
        }
        else
        {
            await ReleaseAsync(db, booking, PartyBookingState.Declined, cancellationToken);
        }

        mails.Answered(db, facts with { State = booking.State, PartnerMessage = booking.PartnerMessage }, confirm, links.TokenFor(bookingId));
        if (!await SaveOnceAsync(db, cancellationToken))
        {
            return new(PartyOutcome.NotPossibleNow);
        }

        await transaction.CommitAsync(cancellationToken);
        return new(PartyOutcome.Done);
    }

    private async Task<PartyResult> ByParentAsync(string token, Func<AppDbContext, PartyBooking, PartyFacts, DateTimeOffset, Task<PartyOutcome>> change,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = links.Read(token);
        if (id is null)
        {
            return new(PartyOutcome.NotFound);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await LockAsync(db, id.Value, cancellationToken);
        var facts = await PartyFacts.FindAsync(db, id.Value, cancellationToken);
        if (booking is null || facts is null)
        {
            return new(PartyOutcome.NotFound);
        }

        var outcome = await change(db, booking, facts, clock.GetUtcNow());
        if (!await SaveOnceAsync(db, cancellationToken))
        {
            return new(PartyOutcome.NotPossibleNow);
        }

        await transaction.CommitAsync(cancellationToken);
        return new(outcome);
    }

    /// <summary>Reads the booking and locks it until the caller's transaction ends: the hold-expiry job and a second
    /// click wait, then see the new state.</summary>
    private static Task<PartyBooking?> LockAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        db.PartyBookings.FromSql($"SELECT *, xmin FROM party_bookings WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    /// <summary>Gives the booking's places back to its slot, in the caller's transaction.</summary>
    private static async Task ReleaseAsync(AppDbContext db, PartyBooking booking, PartyBookingState state, CancellationToken cancellationToken)
    {
        booking.State = state;
        var children = booking.Children;
        await db.PartySlots.Where(s => s.Id == booking.PartySlotId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.BookedChildren, x => x.BookedChildren - children), cancellationToken);
    }

    /// <summary>Saves the booking's change unless someone changed it first (its xmin moved): then nothing of this
    /// change is kept, including the places given back.</summary>
    private static async Task<bool> SaveOnceAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Database.RollbackTransactionAsync(cancellationToken);
            return false;
        }
    }
}
