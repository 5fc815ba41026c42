using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>A partner's editor adds bookable times to an activity (one, or a weekly series that skips holidays) and
/// closes a time so no new requests come in; bookings already made stay. Each change has its audit line.</summary>
public sealed class PartnerSlots(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const string NotAfterToday = "SlotNotAfterToday", ActivityGone = "SlotActivityGone";

    /// <returns>How many times were added.</returns>
    public async Task<Outcome<int>> AddAsync(EditablePartner partner, int activityId, SlotInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (input.Date <= AmsterdamTime.Today(clock))
        {
            return new FieldError(nameof(SlotInput.Date), NotAfterToday);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId && a.PartnerId == partner.Id, cancellationToken) is not { } activity)
        {
            return Outcome.Refused(ActivityGone);
        }

        var days = input.Days();
        foreach (var day in days)
        {
            db.Slots.Add(new Slot
            {
                ActivityId = activity.Id,
                StartsAt = AmsterdamTime.ToInstant(day, input.Start!.Value),
                EndsAt = AmsterdamTime.ToInstant(day, input.End!.Value),
                CapacityPupils = input.CapacityPupils,
                CapacityGroups = input.CapacityGroups,
            });
        }

        db.Record(user, "Tijden toegevoegd", $"{days.Count} × {activity.Title} ({partner.Name})", partner.Id);
        await db.SaveChangesAsync(cancellationToken);
        return days.Count;
    }

    /// <summary>Closes one of the activity's times; closing it again changes nothing and logs nothing.</summary>
    public async Task<Outcome> CloseAsync(EditablePartner partner, int activityId, int slotId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId && a.PartnerId == partner.Id, cancellationToken) is not { } activity)
        {
            return Outcome.Refused(ActivityGone);
        }

        var closed = await db.Slots.Where(s => s.Id == slotId && s.ActivityId == activity.Id && !s.Closed)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Closed, true), cancellationToken);
        if (closed == 1)
        {
            db.Record(user, "Tijd gesloten", $"{activity.Title} ({partner.Name})", partner.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Outcome.Done;
    }
}
