using HoeWerktMijnStad.Data.Catalogue;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.Map;

/// <summary>The shape every layer's SQL projects into, so that the near-and-order step is written once.</summary>
internal sealed class MapRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public SiteKind? SiteKind { get; init; }
    public SchoolType? SchoolType { get; init; }
    public int? PartnerId { get; init; }
    public string City { get; init; } = "";
    public Point Location { get; init; } = Point.Empty;
    public Polygon? Area { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public double? Distance { get; init; }
}
