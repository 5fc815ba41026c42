using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;

namespace HoeWerktMijnStad.Web.Features.Admin;

/// <summary>What the programme leader sets for a partner; its editors fill in the rest of the page.</summary>
public sealed class PartnerAdminInput
{
    public int Id { get; set; }

    [Required(ErrorMessage = "Vul de naam van de partner in."), StringLength(200, ErrorMessage = "De naam mag hoogstens 200 tekens zijn.")]
    public string Name { get; set; } = "";

    /// <summary>Left empty, it is made from the name. Fixed once the partner exists: links to the page keep working.</summary>
    [StringLength(80, ErrorMessage = "De webnaam mag hoogstens 80 tekens zijn.")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = "De webnaam bestaat uit kleine letters, cijfers en losse streepjes, bijvoorbeeld 'van-dijk-installatie'.")]
    public string? Slug { get; set; }

    public PartnerKind Kind { get; set; } = PartnerKind.InstallationCompany;

    [Required(ErrorMessage = "Schrijf een korte pitch; de redacteur kan die later verbeteren.")]
    [StringLength(300, ErrorMessage = "De pitch mag hoogstens 300 tekens zijn.")]
    public string Pitch { get; set; } = "";

    [WebsiteUrl]
    [StringLength(500, ErrorMessage = "Het webadres mag hoogstens 500 tekens zijn.")]
    public string? WebsiteUrl { get; set; }

    public MapStatus MapStatus { get; set; } = MapStatus.OnMap;

    public DateOnly? JoinedOn { get; set; }

    public string SlugOrFromName => string.IsNullOrWhiteSpace(Slug) ? Slugs.From(Name) : Slug.Trim();

    public static PartnerAdminInput From(Partner partner) => new()
    {
        Id = partner.Id,
        Name = partner.Name,
        Slug = partner.Slug,
        Kind = partner.Kind,
        Pitch = partner.Pitch,
        WebsiteUrl = partner.WebsiteUrl,
        MapStatus = partner.MapStatus,
        JoinedOn = partner.JoinedOn,
    };

    public void ApplyTo(Partner partner, DateOnly today)
    {
        if (partner.Id == 0)
        {
            partner.Slug = SlugOrFromName;
        }

        partner.Name = Name.Trim();
        partner.Kind = Kind;
        partner.Pitch = Pitch.Trim();
        partner.WebsiteUrl = string.IsNullOrWhiteSpace(WebsiteUrl) ? null : WebsiteUrl.Trim();
        partner.MapStatus = MapStatus;
        partner.JoinedOn = JoinedOn ?? today;
    }
}
