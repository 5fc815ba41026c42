using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>What a teacher filters the bookable activities on (<c>/aanbod</c>).</summary>
public sealed record ActivityFilter(EducationLevel? Level, Theme? Theme, ActivityType? Type, int? RadiusKm, DateOnly? Week, string? Partner = null);

public sealed record ActivityListItem(BookableActivity Activity, double? DistanceMeters, List<FreeSlot> NextSlots);

/// <summary>Bookable activities of partners on the map, each with its next free slots, filtered in SQL.</summary>
public sealed class ActivityCatalogue(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int Limit = 100;
    public static readonly int[] Radii = [5, 10, 20, 50];

    public async Task<List<ActivityListItem>> FindAsync(ActivityFilter filter, Point? school, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var activities = db.Activities.AsNoTracking().Listed();
        if (filter.Level is { } level)
        {
            activities = activities.Where(a => a.Levels.Contains(level));
        }

        if (filter.Theme is { } theme)
        {
            activities = activities.Where(a => a.Themes.Contains(theme));
        }

        if (filter.Type is { } type)
        {
            activities = activities.Where(a => a.Type == type);
        }

        if (filter.Partner is { } partner)
        {
            activities = activities.Where(a => a.Partner!.Slug == partner);
        }

        if (school is not null && filter.RadiusKm is { } km)
        {
            // a guest lesson comes to the school: it is near whatever the radius
            var meters = km * 1000.0;
            activities = activities.Where(a => (a.SiteId == null && a.WorksiteId == null)
                || (a.Site != null && EF.Functions.IsWithinDistance(a.Site.Location, school, meters, true))
                || (a.Worksite != null && EF.Functions.IsWithinDistance(a.Worksite.Location, school, meters, true)));
        }

        var free = db.Slots.Free(BookingRequests.EarliestStart(now));
        if (filter.Week is { } day)
        {
            var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
            var (from, to) = (AmsterdamTime.ToInstant(monday, TimeOnly.MinValue), AmsterdamTime.ToInstant(monday.AddDays(7), TimeOnly.MinValue));
            activities = activities.Where(a => a.BookingMode == BookingMode.OnRequest
                || free.Any(s => s.ActivityId == a.Id && s.StartsAt >= from && s.StartsAt < to));
        }

        var freeSlot = BookingQueries.ToFreeSlot;
        var rows = await activities
            .Select(a => new
            {
                a.Id,
                a.Title,
                Distance = school == null ? (double?)null
                    : a.Site != null ? a.Site.Location.Distance(school) : a.Worksite != null ? a.Worksite.Location.Distance(school) : (double?)null,
                Next = free.Where(s => s.ActivityId == a.Id).OrderBy(s => s.StartsAt).Take(3).Select(freeSlot).ToList(),
            })
            .OrderBy(a => a.Distance ?? 0).ThenBy(a => a.Title)
            .Take(Limit)
            .ToListAsync(cancellationToken);

        // the same projection as the activity page and the form (BookingQueries.ToBookable), for at most Limit ids
        var ids = rows.Select(r => r.Id).ToList();
        var details = await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(BookingQueries.ToBookable).ToDictionaryAsync(a => a.Id, cancellationToken);
        return rows.Select(r => new ActivityListItem(details[r.Id], r.Distance, r.Next)).ToList();
    }

    /// <summary>Where the signed-in teacher's school is, to measure distances from.</summary>
    public async Task<(string Name, Point Location)?> SchoolOfAsync(string? userId, CancellationToken cancellationToken = default)
    {
        if (userId is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var school = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.School != null)
            .Select(u => new { u.School!.Name, u.School.Location }).SingleOrDefaultAsync(cancellationToken);
        return school is null ? null : (school.Name, school.Location);
    }
}
