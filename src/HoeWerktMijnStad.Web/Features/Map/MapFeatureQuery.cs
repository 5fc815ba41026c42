using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.Map;

/// <summary>Finds the places a <see cref="MapFilter"/> asks for. Every filter runs in SQL on the spatial
/// indexes (ST_Intersects for the bbox, ST_DWithin in metres for near); one query per requested layer, each
/// bounded, merged nearest first.</summary>
public sealed class MapFeatureQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int DefaultLimit = 2_000;
    private const double SphereMargin = 1.005;

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public async Task<MapResult> RunAsync(MapFilter filter, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var near = filter.Near is { } n ? Wgs84.CreatePoint(new Coordinate(n.Longitude, n.Latitude)) : null;
        var bbox = filter.Bbox is { } b ? Wgs84.ToGeometry(new Envelope(b.MinLongitude, b.MaxLongitude, b.MinLatitude, b.MaxLatitude)) : null;

        var rowsByLayer = new List<(MapLayers Layer, List<MapRow> Rows)>();
        var truncated = false;
        foreach (var (layer, rows) in await LayerQueriesAsync(db, filter, cancellationToken))
        {
            var list = await Bound(rows, bbox, near, filter.RadiusMeters, limit).ToListAsync(cancellationToken);
            if (near is not null)
            {
                // the exact cut at the radius, on the spheroid distance PostGIS computed (see Bound)
                list = list.Where(r => r.Distance <= filter.RadiusMeters).ToList();
            }

            truncated |= list.Count > limit;
            rowsByLayer.Add((layer, list.Take(limit).ToList()));
        }

        var partners = await PartnersAsync(db, rowsByLayer.SelectMany(l => l.Rows), cancellationToken);
        var features = rowsByLayer.SelectMany(l => l.Rows.Select(row => ToFeature(l.Layer, row, partners)));
        var ordered = near is null
            ? features.OrderBy(f => f.Layer).ThenBy(f => f.Id)
            : features.OrderBy(f => f.DistanceMeters).ThenBy(f => f.Id);
        var result = ordered.ToList();
        truncated |= result.Count > limit;
        return new MapResult(result.Take(limit).ToList(), truncated, limit);
    }

    private static async Task<List<(MapLayers, IQueryable<MapRow>)>> LayerQueriesAsync(AppDbContext db, MapFilter filter, CancellationToken cancellationToken)
    {
        var layers = new List<(MapLayers, IQueryable<MapRow>)>();
        List<int>? sitePartners = null;
        if (filter.Shows(MapLayers.Sites))
        {
            sitePartners = await PartnerIds(db, filter, audienceLevel: true).ToListAsync(cancellationToken);
            layers.Add((MapLayers.Sites, SiteRows(db, filter, sitePartners)));
        }

        if (filter.Shows(MapLayers.Worksites))
        {
            // worksites filter the level on who may visit, not on the partner's audience
            var worksitePartners = sitePartners is not null && filter.Level is null
                ? sitePartners
                : await PartnerIds(db, filter, audienceLevel: false).ToListAsync(cancellationToken);
            layers.Add((MapLayers.Worksites, WorksiteRows(db, filter, worksitePartners)));
        }

        if (filter.Shows(MapLayers.Schools))
        {
            layers.Add((MapLayers.Schools, SchoolRows(db, filter)));
        }

        return layers;
    }

    /// <summary>The partners whose places may show: on the map, and of the asked theme, audience and kind.
    /// The layer queries take their ids as an array parameter rather than join partners: PostGIS estimates
    /// ST_DWithin at a handful of rows, and any join then becomes a nested loop over every partner (ADR 0004).</summary>
    private static IQueryable<int> PartnerIds(AppDbContext db, MapFilter filter, bool audienceLevel)
    {
        var partners = db.Partners.Where(p => p.MapStatus == MapStatus.OnMap);
        if (filter.Theme is { } theme)
        {
            partners = partners.Where(p => p.Themes.Contains(theme));
        }

        if (audienceLevel && filter.Level is { } level)
        {
            partners = partners.Where(p => p.AudienceLevels.Contains(level));
        }

        if (filter.Kind is { } kind)
        {
            partners = partners.Where(p => p.Kind == kind);
        }

        return partners.Select(p => p.Id);
    }

    private static IQueryable<MapRow> SiteRows(AppDbContext db, MapFilter filter, List<int> partnerIds)
    {
        var sites = db.Sites.AsNoTracking().Where(s => partnerIds.Contains(s.PartnerId));

        if (filter.Activity is { } type)
        {
            // an activity at this site, or one of the partner's that has no place of its own (a guest lesson)
            sites = sites.Where(s => db.Activities.Any(a => a.Type == type
                && (a.SiteId == s.Id || (a.SiteId == null && a.WorksiteId == null && a.PartnerId == s.PartnerId))));
        }

        return sites.Select(s => new MapRow
        {
            Id = s.Id,
            Name = s.Name,
            SiteKind = s.Kind,
            PartnerId = s.PartnerId,
            City = s.City,
            Location = s.Location,
        });
    }

    private static IQueryable<MapRow> WorksiteRows(AppDbContext db, MapFilter filter, List<int> partnerIds)
    {
        var date = filter.Date;
        var worksites = db.Worksites.AsNoTracking()
            .Where(w => partnerIds.Contains(w.PartnerId) && w.StartDate <= date && w.EndDate >= date);
        if (filter.Level is { } level)
        {
            worksites = worksites.Where(w => w.VisitLevels.Contains(level));
        }

        if (filter.Activity is { } type)
        {
            worksites = worksites.Where(w => db.Activities.Any(a => a.Type == type && a.WorksiteId == w.Id));
        }

        return worksites.Select(w => new MapRow
        {
            Id = w.Id,
            Name = w.Title,
            PartnerId = w.PartnerId,
            City = w.City,
            Location = w.Location,
            Area = w.Area,
            Start = w.StartDate,
            End = w.EndDate,
        });
    }

    private static IQueryable<MapRow> SchoolRows(AppDbContext db, MapFilter filter)
    {
        // Schools are where classes come from: only the level filter applies to them.
        var schools = db.Schools.AsNoTracking();
        if (filter.Level is { } level)
        {
            schools = schools.Where(s => s.Levels.Contains(level));
        }

        return schools.Select(s => new MapRow
        {
            Id = s.Id,
            Name = s.Name,
            SchoolType = s.Type,
            City = s.City,
            Location = s.Location,
        });
    }

    private static IQueryable<MapRow> Bound(IQueryable<MapRow> rows, Geometry? bbox, Point? near, int radius, int limit)
    {
        if (bbox is not null)
        {
            rows = rows.Where(r => r.Location.Intersects(bbox));
        }

        if (near is null)
        {
            return rows.OrderBy(r => r.Id).Take(limit + 1);
        }

        // PostGIS's spheroid ST_DWithin costs ~15 µs a candidate, ten times the sphere test. The sphere differs
        // from the spheroid by well under 0.5%, so the GiST index and a sphere test on a slightly larger radius
        // pick the candidates, SQL orders them by their exact spheroid distance, and RunAsync cuts the few
        // beyond the radius from the tail (ADR 0004).
        var sphereRadius = radius * SphereMargin;
        return rows
            .Where(r => EF.Functions.IsWithinDistance(r.Location, near, sphereRadius, false))
            .Select(r => new MapRow
            {
                Id = r.Id,
                Name = r.Name,
                SiteKind = r.SiteKind,
                SchoolType = r.SchoolType,
                PartnerId = r.PartnerId,
                City = r.City,
                Location = r.Location,
                Area = r.Area,
                Start = r.Start,
                End = r.End,
                Distance = r.Location.Distance(near),
            })
            .OrderBy(r => r.Distance).ThenBy(r => r.Id)
            .Take(limit + 1);
    }

    private sealed record PartnerInfo(string Name, string Slug, List<Theme> Themes);

    /// <summary>Name, slug and themes of the partners behind the rows: one query for all layers.</summary>
    private static async Task<Dictionary<int, PartnerInfo>> PartnersAsync(AppDbContext db, IEnumerable<MapRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Where(r => r.PartnerId is not null).Select(r => r.PartnerId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Partners.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, Info = new PartnerInfo(p.Name, p.Slug, p.Themes) })
            .ToDictionaryAsync(p => p.Id, p => p.Info, cancellationToken);
    }

    private static MapFeature ToFeature(MapLayers layer, MapRow row, Dictionary<int, PartnerInfo> partners)
    {
        var partner = row.PartnerId is { } id ? partners[id] : null;
        return new MapFeature
        {
            Id = row.Id,
            Layer = layer,
            Name = row.Name,
            Kind = layer switch
            {
                MapLayers.Sites => row.SiteKind.ToString()!,
                MapLayers.Schools => row.SchoolType.ToString()!,
                _ => "Worksite",
            },
            KindLabel = layer switch
            {
                MapLayers.Sites => Labels.Of(row.SiteKind!.Value),
                MapLayers.Schools => Labels.Of(row.SchoolType!.Value),
                _ => "Tijdelijke werkzaamheden",
            },
            Partner = partner?.Name,
            PartnerSlug = partner?.Slug,
            Themes = partner?.Themes ?? [],
            City = row.City,
            Url = layer switch
            {
                MapLayers.Sites => PlaceUrls.Partner(partner!.Slug),
                MapLayers.Worksites => PlaceUrls.Worksite(row.Id),
                _ => PlaceUrls.School(row.Id),
            },
            Start = row.Start,
            End = row.End,
            DistanceMeters = row.Distance,
            Location = row.Location,
            Geometry = (Geometry?)row.Area ?? row.Location,
        };
    }
}
