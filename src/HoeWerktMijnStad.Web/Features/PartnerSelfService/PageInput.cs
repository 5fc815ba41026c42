using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Infrastructure.Markdown;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>What a partner editor may change on the partner's public page.</summary>
public sealed class PageInput
{
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Vul de naam van je organisatie in."), StringLength(200, ErrorMessage = "De naam mag hoogstens 200 tekens zijn.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Schrijf een korte pitch: wat zien en doen leerlingen bij jullie?")]
    [StringLength(300, ErrorMessage = "De pitch mag hoogstens 300 tekens zijn.")]
    public string Pitch { get; set; } = "";

    [WebsiteUrl]
    [StringLength(500, ErrorMessage = "Het webadres mag hoogstens 500 tekens zijn.")]
    public string? WebsiteUrl { get; set; }

    [StringLength(20_000, ErrorMessage = "De paginatekst mag hoogstens 20.000 tekens zijn.")]
    [MarkdownDepth]
    public string PageMarkdown { get; set; } = "";

    public List<Choice<Theme>> Themes { get; set; } = [];

    public List<Choice<EducationLevel>> Levels { get; set; } = [];

    public static PageInput From(Partner partner) => new()
    {
        Slug = partner.Slug,
        Name = partner.Name,
        Pitch = partner.Pitch,
        WebsiteUrl = partner.WebsiteUrl,
        PageMarkdown = partner.PageMarkdown,
        Themes = Choices.Of<Theme>(partner.Themes),
        Levels = Choices.Of<EducationLevel>(partner.AudienceLevels),
    };

    public void ApplyTo(Partner partner)
    {
        partner.Name = Name.Trim();
        partner.Pitch = Pitch.Trim();
        partner.WebsiteUrl = string.IsNullOrWhiteSpace(WebsiteUrl) ? null : WebsiteUrl.Trim();
        partner.PageMarkdown = PageMarkdown ?? "";
        partner.Themes = Choices.Selected(Themes);
        partner.AudienceLevels = Choices.Selected(Levels);
    }
}
