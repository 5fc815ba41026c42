using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Map;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Worksites;

public sealed record WorksitePageModel(Worksite Worksite, Partner Partner, DateOnly Today, IReadOnlyList<Activity> Activities, string MapGeoJson);

public sealed record WorksiteListItem(int Id, string Title, string City, DateOnly Start, DateOnly End, string PartnerName, string PartnerSlug);

public sealed class WorksiteQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public DateOnly Today => AmsterdamTime.Today(clock);

    public async Task<WorksitePageModel?> PageAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var worksite = await db.Worksites.AsNoTracking().Include(w => w.Partner).SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (worksite?.Partner is not { } partner)
        {
            return null;
        }

        var activities = await db.Activities.AsNoTracking().Where(a => a.WorksiteId == id).OrderBy(a => a.Title).ToListAsync(cancellationToken);
        return new WorksitePageModel(worksite, partner, Today, activities, PlaceFeatures.ToGeoJson(PlaceFeatures.Of(worksite, partner)));
    }

    /// <summary>Worksites of partners on the map that have not ended, soonest first.</summary>
    public async Task<IReadOnlyList<WorksiteListItem>> CurrentAndUpcomingAsync(CancellationToken cancellationToken = default)
    {
        var today = Today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Worksites.AsNoTracking()
            .Where(w => w.EndDate >= today && w.Partner!.MapStatus == MapStatus.OnMap)
            .OrderBy(w => w.StartDate).ThenBy(w => w.Title)
            .Select(w => new WorksiteListItem(w.Id, w.Title, w.City, w.StartDate, w.EndDate, w.Partner!.Name, w.Partner.Slug))
            .ToListAsync(cancellationToken);
    }
}
