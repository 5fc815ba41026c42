using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>Bookable times for the demo activities: for each activity in fixed slots, a morning a week for the
/// next six weeks (Tuesday to Thursday, by activity), room for two classes. Added when no future slot exists,
/// so a demo database that has grown old gets fresh ones.</summary>
public static class DemoSlots
{
    public static async Task<int> EnsureAsync(AppDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (await db.Slots.AnyAsync(s => s.StartsAt > now, cancellationToken))
        {
            return 0;
        }

        var activities = await db.Activities.Where(a => a.BookingMode == BookingMode.FixedSlots && a.Type != ActivityType.KidsParty)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.MaxGroupSize, a.DurationMinutes }).ToListAsync(cancellationToken);
        var today = AmsterdamTime.Today(clock);
        foreach (var activity in activities)
        {
            var weekday = DayOfWeek.Tuesday + (activity.Id % 3);
            var first = today.AddDays(1);
            while (first.DayOfWeek != weekday)
            {
                first = first.AddDays(1);
            }

            for (var week = 0; week < 6; week++)
            {
                var start = AmsterdamTime.ToInstant(first.AddDays(7 * week), new TimeOnly(9, 30));
                db.Slots.Add(new Slot
                {
                    ActivityId = activity.Id,
                    StartsAt = start,
                    EndsAt = start.AddMinutes(activity.DurationMinutes),
                    CapacityPupils = activity.MaxGroupSize * 2,
                    CapacityGroups = 2,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return activities.Count * 6;
    }
}
