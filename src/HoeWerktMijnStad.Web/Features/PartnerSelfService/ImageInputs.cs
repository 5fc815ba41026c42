namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>An upload on the images page: a logo (no alt text needed: it is "Logo van ...") or a photo.</summary>
public sealed class ImageUploadInput
{
    public const int MaxAltText = 250;

    public string PartnerSlug { get; set; } = "";

    public string? AltText { get; set; } = "";

    public IFormFile? File { get; set; }

    /// <summary>"save" or "remove" (the logo form's second button).</summary>
    public string? Action { get; set; }
}

/// <summary>The photos already there and their descriptions.</summary>
public sealed class PhotosInput
{
    public string PartnerSlug { get; set; } = "";

    public List<PhotoText> Photos { get; set; } = [];
}

/// <summary>The "remove this photo" buttons: which partner, which photo.</summary>
public sealed class PhotoRemoveInput
{
    public string PartnerSlug { get; set; } = "";

    public Guid Id { get; set; }
}

public sealed class PhotoText
{
    public Guid Id { get; set; }

    public string? AltText { get; set; } = "";
}
