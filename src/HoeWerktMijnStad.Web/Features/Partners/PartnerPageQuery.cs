using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Map;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Partners;

public sealed record PartnerActivity(int Id, string Title, ActivityType Type, string Description, IReadOnlyList<EducationLevel> Levels,
    int MinGroupSize, int MaxGroupSize, int DurationMinutes, string? Place);

public sealed record PartnerPhoto(Guid Id, string AltText, int Width, int Height)
{
    public string Url => PartnerImage.UrlOf(Id);
}

public sealed record PartnerPageModel(
    Partner Partner,
    IReadOnlyList<Site> Sites,
    IReadOnlyList<Worksite> RunningWorksites,
    IReadOnlyList<Worksite> UpcomingWorksites,
    IReadOnlyList<PartnerActivity> Activities,
    IReadOnlyList<PartnerPhoto> Photos,
    string MapGeoJson);

public sealed class PartnerPageQuery(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<PartnerPageModel?> RunAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (partner is null)
        {
            return null;
        }

        var today = AmsterdamTime.Today(clock);
        var sites = await db.Sites.AsNoTracking().Where(s => s.PartnerId == partner.Id).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var worksites = await db.Worksites.AsNoTracking()
            .Where(w => w.PartnerId == partner.Id && w.EndDate >= today)
            .OrderBy(w => w.StartDate).ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.PartnerId == partner.Id)
            .OrderBy(a => a.Type).ThenBy(a => a.Title)
            .Select(a => new PartnerActivity(a.Id, a.Title, a.Type, a.Description, a.Levels, a.MinGroupSize, a.MaxGroupSize, a.DurationMinutes,
                a.Site != null ? a.Site.Name : a.Worksite != null ? a.Worksite.Title : null))
            .ToListAsync(cancellationToken);

        var photos = await db.PartnerImages.AsNoTracking()
            .Where(i => i.PartnerId == partner.Id && !i.IsLogo)
            .OrderBy(i => i.Position)
            .Select(i => new PartnerPhoto(i.Id, i.AltText, i.Width, i.Height))
            .ToListAsync(cancellationToken);

        var running = worksites.Where(w => w.RunsOn(today)).ToList();
        var features = sites.Select(s => PlaceFeatures.Of(s, partner))
            .Concat(running.Select(w => PlaceFeatures.Of(w, partner)))
            .ToList();
        var geoJson = PlaceFeatures.ToGeoJson([.. features]);
        return new PartnerPageModel(partner, sites, running, worksites.Except(running).ToList(), activities, photos, geoJson);
    }
}
