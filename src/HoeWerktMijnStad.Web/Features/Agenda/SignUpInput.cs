using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Features.Agenda;

/// <summary>Signing up without an account: a name and an address, confirmed by mail.</summary>
public sealed class SignUpInput
{
    [Required(ErrorMessage = "Vul je naam in.")]
    [StringLength(100, ErrorMessage = "Je naam mag hoogstens 100 tekens zijn.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Vul je e-mailadres in: je krijgt een mail om je aanmelding te bevestigen.")]
    [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
    [StringLength(254, ErrorMessage = "Een e-mailadres is hoogstens 254 tekens.")]
    public string? Email { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Geef toestemming om je naam en e-mailadres voor dit evenement te gebruiken.")]
    public bool Consent { get; set; }
}
