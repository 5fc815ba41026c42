using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>A teacher's request as they fill it in. Rules that need only one field are attributes; the period's
/// rules (they need today) and the choices a crafted post could fake are in <see cref="Check"/>.</summary>
public sealed class DemandRequestInput
{
    public const int DefaultRadiusKm = 10;

    /// <summary>The school days a teacher can prefer.</summary>
    public static readonly DayOfWeek[] SchoolDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    [Required(ErrorMessage = "Schrijf in een regel wat jullie zoeken, bijvoorbeeld: een bezoek over warmtepompen.")]
    [StringLength(200, ErrorMessage = "Wat jullie zoeken past in 200 tekens; de rest kan in de toelichting.")]
    public string? Title { get; set; }

    [StringLength(2_000, ErrorMessage = "De toelichting mag hoogstens 2.000 tekens zijn.")]
    public string? Description { get; set; }

    /// <summary>The kind of activity, or null for any.</summary>
    public ActivityType? Type { get; set; }

    /// <summary>The theme, or null for any.</summary>
    public Theme? Theme { get; set; }

    public EducationLevel Level { get; set; } = EducationLevel.Vmbo;

    [Range(1, 8, ErrorMessage = "Het leerjaar of de groep is een getal van 1 tot en met 8.")]
    public int ClassYear { get; set; } = 1;

    [Range(1, 200, ErrorMessage = "Vul in met hoeveel leerlingen jullie komen (1 tot 200).")]
    public int Pupils { get; set; }

    [Required(ErrorMessage = "Vul in vanaf wanneer het bezoek kan.")]
    public DateOnly? PeriodStart { get; set; }

    [Required(ErrorMessage = "Vul in tot wanneer het bezoek kan.")]
    public DateOnly? PeriodEnd { get; set; }

    public List<Choice<DayOfWeek>> Weekdays { get; set; } = [];

    [Range(1, 50, ErrorMessage = "De afstand vanaf school is 1 tot 50 kilometer.")]
    public int RadiusKm { get; set; } = DefaultRadiusKm;

    [StringLength(200, ErrorMessage = "Hoe jullie reizen past in 200 tekens.")]
    public string? TravelNote { get; set; }

    /// <summary>False unless posted: a browser leaves an unticked box out of the form (<see cref="New"/> ticks it).</summary>
    public bool WorksiteWelcome { get; set; }

    public bool TechLabWelcome { get; set; }

    public static DemandRequestInput New() => new()
    {
        WorksiteWelcome = true,
        TechLabWelcome = true,
        Weekdays = SchoolDays.Select(d => new Choice<DayOfWeek> { Value = d }).ToList(),
    };

    /// <summary>One checkbox per school day, ticked as posted: a crafted post's other values (a Sunday, day 99) go,
    /// so the form shows and the request keeps school days only.</summary>
    public void KeepSchoolDays()
    {
        var ticked = Choices.Selected(Weekdays).ToHashSet();
        Weekdays = SchoolDays.Select(d => new Choice<DayOfWeek> { Value = d, Selected = ticked.Contains(d) }).ToList();
    }

    /// <summary>The choices are among the form's (a crafted post can send any number), not a kids' party; the period
    /// starts today at the earliest, ends on or after its start, and lies within a year.</summary>
    public IEnumerable<FieldError> Check(DateOnly today)
    {
        if (Type is { } type && (!Enum.IsDefined(type) || type == ActivityType.KidsParty))
        {
            yield return new FieldError(nameof(Type), "RequestTypeInvalid");
        }

        if (Theme is { } theme && !Enum.IsDefined(theme))
        {
            yield return new FieldError(nameof(Theme), "RequestThemeInvalid");
        }

        if (!Enum.IsDefined(Level))
        {
            yield return new FieldError(nameof(Level), "RequestLevelInvalid");
        }

        if (PeriodStart is not { } start || PeriodEnd is not { } end)
        {
            yield break;
        }

        if (start < today)
        {
            yield return new FieldError(nameof(PeriodStart), "PeriodStartsBeforeToday");
        }

        if (end < start)
        {
            yield return new FieldError(nameof(PeriodEnd), "PeriodEndsBeforeStart");
        }
        else if (end > today.AddYears(1))
        {
            yield return new FieldError(nameof(PeriodEnd), "PeriodTooLong");
        }
    }

    public DemandRequest ToRequest(int schoolId, string teacherId, DateTimeOffset now) => new()
    {
        SchoolId = schoolId,
        TeacherId = teacherId,
        Title = (Title ?? "").Trim(),
        Description = (Description ?? "").Trim(),
        ActivityType = Type,
        Theme = Theme,
        Level = Level,
        ClassYear = ClassYear,
        Pupils = Pupils,
        PeriodStart = PeriodStart!.Value,
        PeriodEnd = PeriodEnd!.Value,
        PreferredWeekdays = Choices.Selected(Weekdays).Where(SchoolDays.Contains).Order().ToList(),
        RadiusKm = RadiusKm,
        TravelNote = (TravelNote ?? "").Trim(),
        WorksiteWelcome = WorksiteWelcome,
        TechLabWelcome = TechLabWelcome,
        State = DemandState.Open,
        CreatedAt = now,
    };
}
