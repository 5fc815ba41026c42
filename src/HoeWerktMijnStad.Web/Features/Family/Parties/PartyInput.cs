using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Features.Family.Parties;

/// <summary>What a parent fills in to book a kids' party. No children's names: a number and an age range.</summary>
public sealed class PartyInput : IValidatableObject
{
    [Required(ErrorMessage = "Vul je naam in.")]
    [StringLength(100, ErrorMessage = "Je naam mag hoogstens 100 tekens zijn.")]
    public string? ParentName { get; set; }

    [Required(ErrorMessage = "Vul je e-mailadres in: je krijgt een mail om de reservering te bevestigen.")]
    [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
    [StringLength(254, ErrorMessage = "Een e-mailadres is hoogstens 254 tekens.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Vul een telefoonnummer in, zodat de partner je kan bellen.")]
    [StringLength(30, ErrorMessage = "Een telefoonnummer is hoogstens 30 tekens.")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Hoeveel kinderen komen er?")]
    [Range(1, 60, ErrorMessage = "Vul een aantal kinderen in van 1 tot 60.")]
    public int? Children { get; set; }

    [Required(ErrorMessage = "Vul de leeftijd van het jongste kind in.")]
    [Range(4, 16, ErrorMessage = "Vul een leeftijd in van 4 tot 16 jaar.")]
    public int? AgeFrom { get; set; }

    [Required(ErrorMessage = "Vul de leeftijd van het oudste kind in.")]
    [Range(4, 16, ErrorMessage = "Vul een leeftijd in van 4 tot 16 jaar.")]
    public int? AgeTo { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Geef toestemming om je gegevens voor dit feestje te gebruiken.")]
    public bool Consent { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Phone is { Length: > 0 } phone && !(phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+') && phone.Count(char.IsAsciiDigit) is >= 10 and <= 15))
        {
            yield return new("Vul een telefoonnummer in van minstens 10 cijfers, bijvoorbeeld 06 12345678.", [nameof(Phone)]);
        }

        if (AgeFrom is { } from && AgeTo is { } to && to < from)
        {
            yield return new("De leeftijd van het oudste kind moet minstens die van het jongste zijn.", [nameof(AgeTo)]);
        }
    }
}
