namespace HoeWerktMijnStad.Data.Catalogue;

public sealed class Partner
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public PartnerKind Kind { get; set; }
    public List<Theme> Themes { get; set; } = [];
    public required string Pitch { get; set; }
    public string PageMarkdown { get; set; } = "";
    public string? WebsiteUrl { get; set; }
    public string? LogoUrl { get; set; }
    public List<EducationLevel> AudienceLevels { get; set; } = [];
    public MapStatus MapStatus { get; set; } = MapStatus.OnMap;
    public DateOnly JoinedOn { get; set; }

    /// <summary>The month (its first day) for which the partner was last warned that it has no school visit yet.</summary>
    public DateOnly? MapWarnedMonth { get; set; }

    public List<Site> Sites { get; set; } = [];
    public List<Worksite> Worksites { get; set; } = [];
    public List<Activity> Activities { get; set; } = [];
}
