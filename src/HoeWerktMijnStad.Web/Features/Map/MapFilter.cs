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

    /// <summary>The school chosen on the map page as the "near" point; the page resolves it to <see cref="Near"/>.</summary>
    public int? SchoolId { get; init; }

    public bool Shows(MapLayers layer) => (Layers & layer) == layer;
}

public sealed record FilterError(string Parameter, string Message);
