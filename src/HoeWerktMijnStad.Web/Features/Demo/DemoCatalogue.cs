using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>The demo catalogue as new, unsaved entities: partners with their sites, worksites and activities
/// (linked by navigation properties, so ids are assigned on save), and the schools.</summary>
public sealed record DemoCatalogue(IReadOnlyList<Partner> Partners, IReadOnlyList<School> Schools)
{
    public int SiteCount => Partners.Sum(p => p.Sites.Count);

    public int WorksiteCount => Partners.Sum(p => p.Worksites.Count);

    public int ActivityCount => Partners.Sum(p => p.Activities.Count);

    /// <summary>Builds the catalogue; worksite dates and join dates are relative to <paramref name="today"/>
    /// (the Europe/Amsterdam date).</summary>
    public static DemoCatalogue Build(DateOnly today)
    {
        var rows = DemoPartners.All;
        var partners = rows.Select((row, index) => NewPartner(row, index, today)).ToList();
        var bySlug = partners.ToDictionary(p => p.Slug, StringComparer.Ordinal);

        for (var i = 0; i < DemoWorksites.All.Count; i++)
        {
            var row = DemoWorksites.All[i];
            bySlug[row.PartnerSlug].Worksites.Add(new Worksite
            {
                Title = row.Title,
                Description = row.Description,
                Address = row.Address,
                City = row.City,
                StartDate = today.AddDays(row.StartOffset),
                EndDate = today.AddDays(row.EndOffset),
                Location = DemoGeo.At(row.Lon, row.Lat),
                Area = row.AreaMeters > 0 ? DemoGeo.Block(row.Lon, row.Lat, row.AreaMeters, ((i * 37) % 90) - 45) : null,
                VisitLevels = DemoCodes.Levels(row.Levels),
                MaxGroupSize = row.MaxGroupSize,
                SafetyNotes = DemoCodes.SafetyNotes(row.Safety),
            });
        }

        for (var i = 0; i < partners.Count; i++)
        {
            DemoActivities.AddTo(partners[i], rows[i], i, today);
        }

        return new DemoCatalogue(partners, DemoSchools.Create());
    }

    private static Partner NewPartner(PartnerRow row, int index, DateOnly today)
    {
        var partner = new Partner
        {
            Slug = row.Slug,
            Name = row.Name,
            Kind = row.Kind,
            Themes = DemoCodes.Themes(row.Themes),
            Pitch = row.Pitch,
            PageMarkdown = DemoPages.Compose(row, index),
            WebsiteUrl = $"https://{row.Slug}.example.nl",
            LogoUrl = null,
            AudienceLevels = DemoCodes.Levels(row.Levels),
            MapStatus = MapStatus.OnMap,
            // Spread over the last three years, from about a month to three years ago.
            JoinedOn = today.AddDays(-(1_090 - ((index * 379) % 1_060))),
        };
        foreach (var site in row.Sites)
        {
            partner.Sites.Add(new Site
            {
                Name = site.Name,
                Kind = site.Kind,
                Address = site.Address,
                City = site.City,
                Location = DemoGeo.At(site.Lon, site.Lat),
            });
        }

        return partner;
    }
}
