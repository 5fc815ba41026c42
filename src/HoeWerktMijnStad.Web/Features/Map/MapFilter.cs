using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Features.Map;

[Flags]
public enum MapLayers
{
    None = 0,
    Sites = 1,
    Worksites = 2,
    Schools = 4,

    /// <summary>Family trips: public places where the utilities can be seen (the family corner).</summary>
    Trips = 8,

    /// <summary>Events of the network's agenda (open days, teacher conversations, workshops) that have a place.</summary>
    Events = 16,
}

public readonly record struct GeoPoint(double Longitude, double Latitude);

public readonly record struct BoundingBox(double MinLongitude, double MinLatitude, double MaxLongitude, double MaxLatitude);

/// <summary>What the map shows: the same filter drives the map API, the map page and its list.</summary>
public sealed record MapFilter
{
    public const MapLayers DefaultLayers = MapLayers.Sites | MapLayers.Worksites;
    public const int DefaultRadiusMeters = 5_000;
    public const int MaxRadiusMeters = 50_000;

    public MapLayers Layers { get; init; } = DefaultLayers;
    public BoundingBox? Bbox { get; init; }
    public Theme? Theme { get; init; }
    public ActivityType? Activity { get; init; }
    public EducationLevel? Level { get; init; }
    public PartnerKind? Kind { get; init; }
    public GeoPoint? Near { get; init; }
    public int RadiusMeters { get; init; } = DefaultRadiusMeters;

    /// <summary>Worksites are shown when they run on this day (Europe/Amsterdam).</summary>
    public DateOnly Date { get; init; }

    /// <summary>Worksites running at some moment of this period instead of on <see cref="Date"/> (the OGC API's
    /// <c>datetime</c>: an interval, either end open).</summary>
    public DatePeriod? Period { get; init; }

    /// <summary>Only this partner's places (its slug).</summary>
    public string? Partner { get; init; }

    /// <summary>Only sites of this kind.</summary>
    public SiteKind? SiteKind { get; init; }

    /// <summary>Only schools of this type.</summary>
    public SchoolType? SchoolType { get; init; }

    /// <summary>Only the place with this id (the OGC API's single item).</summary>
    public int? FeatureId { get; init; }

    /// <summary>The school chosen on the map page as the "near" point; the page resolves it to <see cref="Near"/>.</summary>
    public int? SchoolId { get; init; }

    /// <summary>Events that are only online (no place, so no geometry) too: the OGC API's events collection. The map
    /// shows places only.</summary>
    public bool WithoutPlace { get; init; }

    public bool Shows(MapLayers layer) => (Layers & layer) == layer;
}

/// <summary>A period of days; an open end is null.</summary>
public readonly record struct DatePeriod(DateOnly? From, DateOnly? To);

public sealed record FilterError(string Parameter, string Message);
