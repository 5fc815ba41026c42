using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Data.Catalogue;

/// <summary>Temporary live work of a partner ("tijdelijke werkzaamheden", the tribune on the map).</summary>
public sealed class Worksite
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public required string Address { get; set; }
    public required string City { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    /// <summary>The marker: the entrance or the middle of the works.</summary>
    public required Point Location { get; set; }

    /// <summary>The area of the works, when it is more than a point.</summary>
    public Polygon? Area { get; set; }

    public List<EducationLevel> VisitLevels { get; set; } = [];
    public int MaxGroupSize { get; set; }
    public string SafetyNotes { get; set; } = "";

    public bool RunsOn(DateOnly date) => StartDate <= date && date <= EndDate;
}
