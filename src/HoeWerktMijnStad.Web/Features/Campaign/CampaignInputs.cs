using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Data.Campaign;
using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Features.Campaign;

/// <summary>A class's design: the class, a slogan, a theme and an image. No names of pupils.</summary>
public sealed class DesignInput
{
    [Required(ErrorMessage = "Kies de klas die het ontwerp maakte.")]
    public int? ClassId { get; set; }

    [Required(ErrorMessage = "Schrijf de slogan van het ontwerp.")]
    [StringLength(CampaignDesign.SloganMaxLength, ErrorMessage = "Een slogan is hoogstens 80 tekens.")]
    public string? Slogan { get; set; }

    [Required(ErrorMessage = "Kies het thema.")]
    [EnumDataType(typeof(Theme), ErrorMessage = "Kies een thema uit de lijst.")]
    public Theme? Theme { get; set; }

    public IFormFile? Image { get; set; }
}

public sealed class DecisionInput
{
    public int DesignId { get; set; }

    public bool Publish { get; set; }

    [StringLength(CampaignDesign.ReasonMaxLength, ErrorMessage = "Een reden is hoogstens 500 tekens.")]
    public string? Reason { get; set; }
}

public sealed class AdoptInput
{
    public int DesignId { get; set; }

    public int PartnerId { get; set; }

    /// <summary>The activity the QR code leads to; the partner's page when empty.</summary>
    public int? ActivityId { get; set; }
}
