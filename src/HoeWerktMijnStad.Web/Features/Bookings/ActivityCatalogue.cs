using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>What a teacher filters the bookable activities on (<c>/aanbod</c>).</summary>
public sealed record ActivityFilter(EducationLevel? Level, Theme? Theme, ActivityType? Type, int? RadiusKm, DateOnly? Week);

public sealed record ActivityListItem(
    int Id, string Title, ActivityType Type, string Partner, string PartnerSlug, BookingMode Mode, int MinGroupSize, int MaxGroupSize,
    int DurationMinutes, string Place, double? DistanceMeters, List<FreeSlot> NextSlots);

/// <summary>Bookable activities of partners on the map, each with its next free slots, filtered in SQL.</summary>
public sealed class ActivityCatalogue(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int Limit = 100;
    public static readonly int[] Radii = [5, 10, 20, 50];

    public async Task<List<ActivityListItem>> FindAsync(ActivityFilter filter, Point? school, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var activities = db.Activities.AsNoTracking()
            .Where(a => a.Partner!.MapStatus == MapStatus.OnMap && a.Type != ActivityType.KidsParty);
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

        if (school is not null && filter.RadiusKm is { } km)
        {
            // a guest lesson comes to the school: it is near whatever the radius
            var meters = km * 1000.0;
            activities = activities.Where(a => (a.SiteId == null && a.WorksiteId == null)
                || (a.Site != null && EF.Functions.IsWithinDistance(a.Site.Location, school, meters, true))
                || (a.Worksite != null && EF.Functions.IsWithinDistance(a.Worksite.Location, school, meters, true)));
        }

        var free = db.Slots.Where(s => !s.Closed && s.StartsAt > now && s.BookedPupils < s.CapacityPupils && s.BookedGroups < s.CapacityGroups);
        if (filter.Week is { } day)
        {
            var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
            var (from, to) = (AmsterdamTime.ToInstant(monday, TimeOnly.MinValue), AmsterdamTime.ToInstant(monday.AddDays(7), TimeOnly.MinValue));
            activities = activities.Where(a => a.BookingMode == BookingMode.OnRequest
                || free.Any(s => s.ActivityId == a.Id && s.StartsAt >= from && s.StartsAt < to));
        }

        var rows = await activities
            .Select(a => new
            {
                a.Id, a.Title, a.Type, Partner = a.Partner!.Name, a.Partner.Slug, a.BookingMode, a.MinGroupSize, a.MaxGroupSize, a.DurationMinutes,
                Place = a.Site != null ? a.Site.Name + ", " + a.Site.City : a.Worksite != null ? a.Worksite.Title + ", " + a.Worksite.City : "Op school",
                Distance = school == null ? (double?)null
                    : a.Site != null ? a.Site.Location.Distance(school) : a.Worksite != null ? a.Worksite.Location.Distance(school) : (double?)null,
                Next = free.Where(s => s.ActivityId == a.Id).OrderBy(s => s.StartsAt).Take(3)
                    .Select(s => new FreeSlot(s.Id, s.StartsAt, s.EndsAt, s.CapacityPupils - s.BookedPupils, s.CapacityGroups - s.BookedGroups)).ToList(),
            })
            .OrderBy(a => a.Distance ?? 0).ThenBy(a => a.Title)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ActivityListItem(r.Id, r.Title, r.Type, r.Partner, r.Slug, r.BookingMode, r.MinGroupSize, r.MaxGroupSize,
            r.DurationMinutes, r.Place, r.Distance, r.Next)).ToList();
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
