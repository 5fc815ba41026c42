using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>Kids' parties for the demo partners that offer one (a kids' party activity in a TechLab or practice
/// room): the next two Wednesday afternoons and Saturday mornings. Added when no future party exists.</summary>
public static class DemoParties
{
    public static async Task<int> EnsureAsync(AppDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (await db.PartySlots.AnyAsync(s => s.StartsAt > now, cancellationToken))
        {
            return 0;
        }

        var parties = await db.Activities.Where(a => a.Type == ActivityType.KidsParty && a.SiteId != null
                && (a.Site!.Kind == SiteKind.TechLab || a.Site.Kind == SiteKind.PracticeRoom))
            .OrderBy(a => a.Id).Select(a => new { a.Title, a.Description, SiteId = a.SiteId!.Value }).Take(12).ToListAsync(cancellationToken);
        var today = AmsterdamTime.Today(clock);
        var added = 0;
        foreach (var (party, index) in parties.Select((p, i) => (p, i)))
        {
            foreach (var (day, start) in new[] { (DayOfWeek.Wednesday, new TimeOnly(14, 0)), (DayOfWeek.Saturday, new TimeOnly(10, 30)) })
            {
                var date = today.AddDays(3 + (7 * (index % 2)));
                // the same weekday, a week later when it is a public holiday
                while (date.DayOfWeek != day || PublicHolidays.On(date) is not null)
                {
                    date = date.AddDays(1);
                }

                var startsAt = AmsterdamTime.ToInstant(date, start);
                db.PartySlots.Add(new PartySlot
                {
                    SiteId = party.SiteId,
                    Title = party.Title.Length <= 120 ? party.Title : party.Title[..120],
                    Description = party.Description.Length is > 0 and <= 2000 ? party.Description : "Een feestje vol techniek, met een begeleider van ons.",
                    StartsAt = startsAt,
                    EndsAt = startsAt.AddHours(2),
                    MinAge = 7,
                    MaxAge = 12,
                    CapacityChildren = 12,
                });
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
