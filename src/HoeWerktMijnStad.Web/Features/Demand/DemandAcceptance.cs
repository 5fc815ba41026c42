using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Features.Bookings;
using Microsoft.EntityFrameworkCore;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>The school takes one offer: in one transaction the request is claimed (a conditional UPDATE, so of two
/// simultaneous acceptances one wins and the other is told), the offer's date takes its places on a slot of the
/// offered activity (ADR 0009: an existing slot at that time through the same conditional UPDATE, or else a new,
/// closed slot the size of the class), a confirmed booking is made with the standard checklist, both sides get
/// the confirmation with the calendar invitation, and the other offers close with a friendly mail (ADR 0014).</summary>
public sealed class DemandAcceptance(IDbContextFactory<AppDbContext> dbFactory, DemandMails mails, BookingMails bookingMails, TimeProvider clock)
{
    public const string DateGone = "AcceptDateGone";

    /// <summary>How far ahead a visit is taken at the latest, as in the booking form: the partner needs time to prepare.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromDays(2);

    /// <summary>Whether an offered date can still be taken: at least <see cref="Lead"/> from now.</summary>
    public static bool CanTake(DateTimeOffset start, DateTimeOffset now) => start >= now + Lead;

    public const string SlotFull = "AcceptSlotFull";

    public async Task<Outcome<int>> AcceptAsync(int requestId, Applicant teacher, AcceptInput input, IReadOnlyCollection<int> requiredConfirmations,
        CancellationToken cancellationToken = default)
    {
        var confirmed = input.Confirmations.Where(c => c.Checked).Select(c => c.Id).ToHashSet();
        if (!requiredConfirmations.All(confirmed.Contains))
        {
            return new FieldError(nameof(AcceptInput.Confirmations), "AcceptConfirmationsMissing");
        }

        if (!Enum.IsDefined(input.Travel))
        {
            return new FieldError(nameof(AcceptInput.Travel), "AcceptTravelInvalid");
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // the claim: a second acceptance waits on this row and then finds the request no longer open
        var claimed = await db.DemandRequests.Where(r => r.Id == requestId && r.SchoolId == teacher.SchoolId && r.State == DemandState.Open)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.State, DemandState.Accepted).SetProperty(x => x.ClosedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return Outcome.Refused(DemandRequests.NotOpen);
        }

        var request = await db.DemandRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken);
        var offer = await db.DemandOffers.Include(o => o.Activity).Include(o => o.Partner)
            .SingleOrDefaultAsync(o => o.Id == input.OfferId && o.RequestId == requestId && o.State == DemandOfferState.Open, cancellationToken);
        if (offer is null)
        {
            return Outcome.Refused("OfferGone");
        }

        if (input.Chosen is not { } start || !offer.Dates.Contains(start) || !CanTake(start, now))
        {
            return new FieldError(nameof(AcceptInput.ChosenStart), DateGone);
        }

        var end = start.AddMinutes(offer.Activity!.DurationMinutes);
        var slotId = await TakePlacesAsync(db, offer.ActivityId, start, end, request.Pupils, cancellationToken);
        if (slotId is null)
        {
            return new FieldError(nameof(AcceptInput.ChosenStart), SlotFull);
        }

        var booking = new Booking
        {
            RequestKey = Guid.NewGuid(),
            ActivityId = offer.ActivityId,
            PartnerId = offer.PartnerId,
            SchoolId = request.SchoolId,
            TeacherId = teacher.UserId,
            SlotId = slotId,
            StartsAt = start,
            EndsAt = end,
            Level = request.Level,
            ClassYear = request.ClassYear,
            Pupils = request.Pupils,
            Adults = input.Adults,
            LearningGoals = Goals(request),
            SpecialNeeds = (input.SpecialNeeds ?? "").Trim(),
            Travel = input.Travel,
            DayPhone = (input.DayPhone ?? "").Trim(),
            AppliedConfirmations = await db.ChecklistTemplateItems.AsNoTracking().Where(i => requiredConfirmations.Contains(i.Id))
                .OrderBy(i => i.Position).Select(i => i.Text).ToListAsync(cancellationToken),
            CreatedAt = now,
        };
        await BookingWorkflow.ConfirmedAsync(db, booking, now, cancellationToken);
        booking.History.Add(new BookingEvent { At = now, ActorId = teacher.UserId, ActorName = teacher.Name, What = $"Aanbod van {offer.Partner!.Name} aangenomen op de vraag \"{request.Title}\"" });
        booking.History.Add(new BookingEvent { At = now, ActorId = teacher.UserId, ActorName = teacher.Name, What = "Bevestigd" });
        db.Bookings.Add(booking);
        await db.SaveChangesAsync(cancellationToken);

        (offer.State, offer.BookingId, offer.ClosedAt) = (DemandOfferState.Accepted, booking.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        await DemandRequests.CloseOpenOffersAsync(db, [requestId], ClosedBecause.OtherOfferTaken, now, mails, cancellationToken, exceptOfferId: offer.Id);
        bookingMails.Confirmed(db, await BookingFacts.LoadAsync(db, booking.Id, cancellationToken), booking.Sequence);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return booking.Id;
    }

    /// <summary>The places for the class at this time: on the activity's open slot at exactly this start if it has
    /// one (taken by the conditional UPDATE of ADR 0009, so never beyond its capacity), else on a new slot the size
    /// of the class, closed so that nobody else books the date agreed with this school — but only when no other slot
    /// and no booking of the activity holds any part of [start, end): an activity runs once at a time. The activity
    /// row is locked first, so two acceptances of the same activity take turns and the second sees the first's slot.
    /// Null: no room at that time.</summary>
    private static async Task<int?> TakePlacesAsync(AppDbContext db, int activityId, DateTimeOffset start, DateTimeOffset end, int pupils, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM activities WHERE id = {activityId} FOR UPDATE", cancellationToken);
        var existing = await db.Slots.AsNoTracking().Where(s => s.ActivityId == activityId && s.StartsAt == start && !s.Closed)
            .OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } slotId)
        {
            var held = await db.Slots
                .Where(s => s.Id == slotId && !s.Closed && s.BookedPupils + pupils <= s.CapacityPupils && s.BookedGroups + 1 <= s.CapacityGroups)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.BookedPupils, x => x.BookedPupils + pupils)
                    .SetProperty(x => x.BookedGroups, x => x.BookedGroups + 1), cancellationToken);
            return held == 1 ? slotId : null;
        }

        // a closed slot counts too: the partner closed it, or it holds a date agreed with another school
        var taken = await db.Slots.AnyAsync(s => s.ActivityId == activityId && s.StartsAt < end && s.EndsAt > start, cancellationToken)
            || await db.Bookings.AnyAsync(b => b.ActivityId == activityId && b.SlotId == null
                && (b.State == BookingState.Requested || b.State == BookingState.Confirmed) && b.StartsAt < end && b.EndsAt > start, cancellationToken);
        if (taken)
        {
            return null;
        }

        var slot = new Slot
        {
            ActivityId = activityId, StartsAt = start, EndsAt = end, CapacityPupils = pupils, CapacityGroups = 1,
            BookedPupils = pupils, BookedGroups = 1, Closed = true,
        };
        db.Slots.Add(slot);
        await db.SaveChangesAsync(cancellationToken);
        return slot.Id;
    }

    private static string Goals(DemandRequest request)
    {
        var goals = request.Description.Length > 0 ? $"{request.Title}\n\n{request.Description}" : request.Title;
        return goals.Length > 2_000 ? goals[..2_000] : goals;
    }
}
