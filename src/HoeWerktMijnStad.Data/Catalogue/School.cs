using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Data.Catalogue;

public sealed class School
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public SchoolType Type { get; set; }
    public List<EducationLevel> Levels { get; set; } = [];

    /// <summary>Finer detail, for example "groep 1-8" or "vmbo basis/kader, leerjaar 1-4".</summary>
    public string LevelDetail { get; set; } = "";

    public required string Address { get; set; }
    public required string City { get; set; }
    public string District { get; set; } = "";
    public required Point Location { get; set; }

    /// <summary>The domains of the school's staff addresses ("stadsmakers.nl"), lower case: a teacher whose
    /// confirmed address has one of them is linked to the school without waiting for the programme leader.</summary>
    public List<string> MailDomains { get; set; } = [];
}
