using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>An activity as its editor fills it in. The place is "" (at the school), "site:ID" or "worksite:ID".</summary>
public sealed class ActivityInput : IValidatableObject
{
    public string PartnerSlug { get; set; } = "";

    public int Id { get; set; }

    [Required(ErrorMessage = "Geef de activiteit een titel."), StringLength(200, ErrorMessage = "De titel mag hoogstens 200 tekens zijn.")]
    public string Title { get; set; } = "";

    [EnumDataType(typeof(ActivityType), ErrorMessage = "Kies de soort activiteit uit de lijst.")]
    public ActivityType Type { get; set; } = ActivityType.CompanyVisit;

    [StringLength(4_000, ErrorMessage = "De beschrijving mag hoogstens 4.000 tekens zijn.")]
    public string Description { get; set; } = "";

    [Range(1, 200, ErrorMessage = "De kleinste groep is minstens 1 leerling.")]
    public int MinGroupSize { get; set; } = 8;

    [Range(1, 200, ErrorMessage = "De grootste groep is hoogstens 200 leerlingen.")]
    public int MaxGroupSize { get; set; } = 16;

    [Range(15, 600, ErrorMessage = "De duur is tussen 15 en 600 minuten.")]
    public int DurationMinutes { get; set; } = 90;

    public string Place { get; set; } = "";

    [EnumDataType(typeof(BookingMode), ErrorMessage = "Kies hoe scholen boeken uit de lijst.")]
    public BookingMode BookingMode { get; set; }

    public List<Choice<Theme>> Themes { get; set; } = [];

    public List<Choice<EducationLevel>> Levels { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxGroupSize < MinGroupSize)
        {
            yield return new ValidationResult("De grootste groep kan niet kleiner zijn dan de kleinste.", [nameof(MaxGroupSize)]);
        }

        if (Levels?.Any(l => l.Selected) != true)
        {
            yield return new ValidationResult("Kies voor welke leerlingen de activiteit is.", [nameof(Levels)]);
        }
    }

    public (int? SiteId, int? WorksiteId) ParsePlace()
    {
        var parts = Place.Split(':', 2);
        var id = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        return parts[0] switch
        {
            "site" => (id, null),
            "worksite" => (null, id),
            _ => (null, null),
        };
    }

    public static ActivityInput New(string partnerSlug) => From(new Activity { Title = "", MinGroupSize = 8, MaxGroupSize = 16, DurationMinutes = 90 }, partnerSlug);

    public static ActivityInput From(Activity activity, string partnerSlug) => new()
    {
        PartnerSlug = partnerSlug,
        Id = activity.Id,
        Title = activity.Title,
        Type = activity.Type,
        Description = activity.Description,
        MinGroupSize = activity.MinGroupSize,
        MaxGroupSize = activity.MaxGroupSize,
        DurationMinutes = activity.DurationMinutes,
        BookingMode = activity.BookingMode,
        Place = activity.SiteId is { } s ? $"site:{s}" : activity.WorksiteId is { } w ? $"worksite:{w}" : "",
        Themes = Choices.Of<Theme>(activity.Themes),
        Levels = Choices.Of<EducationLevel>(activity.Levels),
    };

    public void ApplyTo(Activity activity)
    {
        activity.Title = Title.Trim();
        activity.Type = Type;
        activity.Description = (Description ?? "").Trim();
        activity.MinGroupSize = MinGroupSize;
        activity.MaxGroupSize = MaxGroupSize;
        activity.DurationMinutes = DurationMinutes;
        activity.BookingMode = BookingMode;
        (activity.SiteId, activity.WorksiteId) = ParsePlace();
        activity.Themes = Choices.Selected(Themes);
        activity.Levels = Choices.Selected(Levels);
    }
}
