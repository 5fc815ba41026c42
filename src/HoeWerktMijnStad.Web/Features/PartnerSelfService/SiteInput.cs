using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>A partner's site as its editor fills it in; the pin comes from a click on the map or typed
/// coordinates.</summary>
public sealed class SiteInput : IValidatableObject
{
    public string PartnerSlug { get; set; } = "";

    /// <summary>0 for a new site.</summary>
    public int Id { get; set; }

    [Required(ErrorMessage = "Geef de locatie een naam, bijvoorbeeld 'Werkplaats Noord'."), StringLength(200, ErrorMessage = "De naam mag hoogstens 200 tekens zijn.")]
    public string Name { get; set; } = "";

    public SiteKind Kind { get; set; } = SiteKind.Office;

    [Required(ErrorMessage = "Vul straat en huisnummer in."), StringLength(200, ErrorMessage = "Het adres mag hoogstens 200 tekens zijn.")]
    public string Address { get; set; } = "";

    [Required(ErrorMessage = "Vul de plaats in."), StringLength(100, ErrorMessage = "De plaats mag hoogstens 100 tekens zijn.")]
    public string City { get; set; } = "";

    [Required(ErrorMessage = "Klik op de kaart waar de locatie is, of vul de lengtegraad in.")]
    public double? Longitude { get; set; }

    [Required(ErrorMessage = "Klik op de kaart waar de locatie is, of vul de breedtegraad in.")]
    public double? Latitude { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Longitude is { } lon && Latitude is { } lat && !Netherlands.Contains(lon, lat))
        {
            yield return new ValidationResult(Netherlands.OutsideMessage, [nameof(Longitude), nameof(Latitude)]);
        }
    }

    public static SiteInput From(Site site, string partnerSlug) => new()
    {
        PartnerSlug = partnerSlug,
        Id = site.Id,
        Name = site.Name,
        Kind = site.Kind,
        Address = site.Address,
        City = site.City,
        Longitude = Math.Round(site.Location.X, 6),
        Latitude = Math.Round(site.Location.Y, 6),
    };

    public void ApplyTo(Site site)
    {
        site.Name = Name.Trim();
        site.Kind = Kind;
        site.Address = Address.Trim();
        site.City = City.Trim();
        site.Location = new Point(Longitude!.Value, Latitude!.Value) { SRID = 4326 };
    }
}
