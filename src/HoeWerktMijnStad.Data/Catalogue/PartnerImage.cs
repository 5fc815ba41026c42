namespace HoeWerktMijnStad.Data.Catalogue;

/// <summary>A partner's logo or one of its (at most eight) photos, re-encoded on upload and stored in the
/// database so that every web node serves the same bytes. A new upload gets a new id, so the URL can be
/// cached for ever.</summary>
public sealed class PartnerImage
{
    public const int MaxPhotos = 8;

    public Guid Id { get; set; }
    public int PartnerId { get; set; }
    public bool IsLogo { get; set; }

    /// <summary>The photo's order on the page, 0 to 7; 0 for the logo.</summary>
    public int Position { get; set; }

    public string AltText { get; set; } = "";
    public required string ContentType { get; set; }
    public required byte[] Bytes { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    public string Url => UrlOf(Id);

    public static string UrlOf(Guid id) => $"/afbeeldingen/{id:N}";
}
