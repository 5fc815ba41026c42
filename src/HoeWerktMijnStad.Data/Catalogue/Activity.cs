namespace HoeWerktMijnStad.Data.Catalogue;

/// <summary>What a partner offers ("aanbod"); where it happens is one of its sites, one of its worksites, or
/// neither (a guest lesson at the school).</summary>
public sealed class Activity
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public required string Title { get; set; }
    public ActivityType Type { get; set; }
    public string Description { get; set; } = "";
    public List<EducationLevel> Levels { get; set; } = [];
    public List<Theme> Themes { get; set; } = [];
    public int MinGroupSize { get; set; }
    public int MaxGroupSize { get; set; }
    public int DurationMinutes { get; set; }
    public BookingMode BookingMode { get; set; }
    public int? SiteId { get; set; }
    public Site? Site { get; set; }
    public int? WorksiteId { get; set; }
    public Worksite? Worksite { get; set; }
}
