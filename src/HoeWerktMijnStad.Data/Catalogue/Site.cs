using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Data.Catalogue;

/// <summary>A partner's permanent place: office, workshop, TechLab, practice room, training location or plant.</summary>
public sealed class Site
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public required string Name { get; set; }
    public SiteKind Kind { get; set; }
    public required string Address { get; set; }
    public required string City { get; set; }
    public required Point Location { get; set; }
}
