using HoeWerktMijnStad.Data.Catalogue;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.Map;

/// <summary>One place on the map, as the API, the map page's list and the partner pages show it.</summary>
public sealed record MapFeature
{
    public required int Id { get; init; }
    public required MapLayers Layer { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required string KindLabel { get; init; }
    public string? Partner { get; init; }
    public string? PartnerSlug { get; init; }
    public IReadOnlyList<Theme> Themes { get; init; } = [];
    public required string City { get; init; }
    public required string Url { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public double? DistanceMeters { get; init; }

    /// <summary>Where a marker goes; null only for an event that is only online (GeoJSON's null geometry).</summary>
    public required Point? Location { get; init; }

    /// <summary>The area of a worksite that has one; otherwise the location.</summary>
    public required Geometry? Geometry { get; init; }
}

public sealed record MapResult(IReadOnlyList<MapFeature> Features, bool Truncated, int Limit);

/// <summary>One page of one layer: the places on it, and how many match the filter in all.</summary>
public sealed record MapItemsPage(IReadOnlyList<MapFeature> Features, int NumberMatched, int Limit, int Offset);
