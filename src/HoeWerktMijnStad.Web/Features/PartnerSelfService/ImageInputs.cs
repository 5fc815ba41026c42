using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>An upload on the images page: a logo (no alt text needed: it is "Logo van ...") or a photo.</summary>
public sealed class ImageUploadInput
{
    public string PartnerSlug { get; set; } = "";

    [StringLength(250, ErrorMessage = "Houd de beschrijving onder de 250 tekens.")]
    public string? AltText { get; set; } = "";

    public IFormFile? File { get; set; }

    /// <summary>"save" or "remove" (the logo form's second button).</summary>
    public string? Action { get; set; }
}

/// <summary>The photos already there: their descriptions, and which one to remove (the button pressed).</summary>
public sealed class PhotosInput
{
    public string PartnerSlug { get; set; } = "";

    public List<PhotoText> Photos { get; set; } = [];

    public Guid? RemoveId { get; set; }
}

public sealed class PhotoText
{
    public Guid Id { get; set; }

    [StringLength(250, ErrorMessage = "Houd de beschrijving onder de 250 tekens.")]
    public string? AltText { get; set; } = "";
}
