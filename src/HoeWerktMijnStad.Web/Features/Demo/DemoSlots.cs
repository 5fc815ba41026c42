using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Bookings;
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
        var added = 0;
        var holidays = await SchoolHolidays.LoadAsync(db, today, cancellationToken);
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
                var day = first.AddDays(7 * week);
                // as a partner's series does: no slots on public holidays or in the school holidays
                if (PublicHolidays.On(day) is not null || holidays.Any(h => h.Contains(day)))
                {
                    continue;
                }

                added++;
                var start = AmsterdamTime.ToInstant(day, new TimeOnly(9, 30));
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
        return added;
    }
}
