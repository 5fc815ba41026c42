using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Features.Family.Parties;

/// <summary>A kids' party a partner offers, as it fills it in (times in Amsterdam).</summary>
public sealed class PartySlotInput : IValidatableObject
{
    public int SiteId { get; set; }

    [Required(ErrorMessage = "Geef het feestje een titel, bijvoorbeeld 'Robots bouwen'.")]
    [StringLength(120, ErrorMessage = "De titel mag hoogstens 120 tekens zijn.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Vertel ouders wat de kinderen gaan doen.")]
    [StringLength(2000, ErrorMessage = "De beschrijving mag hoogstens 2000 tekens zijn.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Kies de datum.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Kies de begintijd.")]
    public TimeOnly? Start { get; set; }

    [Required(ErrorMessage = "Kies de eindtijd.")]
    public TimeOnly? End { get; set; }

    [Range(4, 16, ErrorMessage = "De jongste leeftijd is 4 tot 16 jaar.")]
    public int MinAge { get; set; } = 6;

    [Range(4, 16, ErrorMessage = "De oudste leeftijd is 4 tot 16 jaar.")]
    public int MaxAge { get; set; } = 12;

    [Range(1, 60, ErrorMessage = "Er passen 1 tot 60 kinderen.")]
    public int CapacityChildren { get; set; } = 12;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxAge < MinAge)
        {
            yield return new("De oudste leeftijd moet minstens de jongste zijn.", [nameof(MaxAge)]);
        }

        if (Date is { } date)
        {
            var wednesday = date.DayOfWeek == DayOfWeek.Wednesday;
            if (!(wednesday || date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                yield return new("Kinderfeestjes zijn op woensdagmiddag of in het weekend.", [nameof(Date)]);
            }
            else if (wednesday && Start is { } wednesdayStart && wednesdayStart < new TimeOnly(12, 0))
            {
                yield return new("Op woensdag begint een feestje 's middags, om 12:00 of later.", [nameof(Start)]);
            }
        }

        if (Start is { } start && End is { } end && (end <= start || end - start > TimeSpan.FromHours(6)))
        {
            yield return new("De eindtijd ligt na de begintijd, en een feestje duurt hoogstens 6 uur.", [nameof(End)]);
        }
    }
}
