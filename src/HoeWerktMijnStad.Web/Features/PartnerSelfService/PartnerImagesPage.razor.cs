using HoeWerktMijnStad.Web.Features.Accounts;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>The logo and photos of a partner: upload (checked and re-encoded), describe, remove.</summary>
public sealed partial class PartnerImagesPage
{
    [Inject] public required CurrentUser Me { get; init; }


    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [SupplyParameterFromForm(FormName = "logo")]
    private ImageUploadInput Logo { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "foto")]
    private ImageUploadInput Photo { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "fotos")]
    private PhotosInput Photos { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "foto-weg")]
    private PhotoRemoveInput RemovePhoto { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "partner")]
    private string? PartnerSlug { get; set; }

    private EditablePartner? Partner { get; set; }

    private ImageSummary? CurrentLogo { get; set; }

    private Dictionary<Guid, string> StoredAltTexts { get; set; } = [];

    private List<string> Errors { get; } = [];

    private bool Forbidden { get; set; }

    private bool Stale { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var postedPhotos = Photos;
        var postedRemove = RemovePhoto;
        var slug = Logo?.PartnerSlug ?? Photo?.PartnerSlug ?? Photos?.PartnerSlug ?? RemovePhoto?.PartnerSlug ?? PartnerSlug;
        Logo ??= new();
        Photo ??= new();
        Photos ??= new();
        Photos.Photos ??= [];
        RemovePhoto ??= new();

        Partner = await Me.EditablePartnerAsync(slug);
        if (Partner is null)
        {
            Forbid();
            return;
        }

        PartnerSlug = Partner.Slug;
        await using var db = await DbFactory.CreateDbContextAsync();
        var images = await db.PartnerImages.AsNoTracking().Where(i => i.PartnerId == Partner.Id)
            .OrderBy(i => i.Position).Select(i => new ImageSummary(i.Id, i.IsLogo, i.AltText, i.Width, i.Height)).ToListAsync();
        CurrentLogo = images.FirstOrDefault(i => i.IsLogo);
        StoredAltTexts = images.Where(i => !i.IsLogo).ToDictionary(i => i.Id, i => i.AltText);

        // a posted photo must be one of this partner's: another partner's is forbidden, a vanished one is gone
        var postedIds = (postedPhotos?.Photos ?? []).Select(p => p.Id).Concat(postedRemove is null ? [] : [postedRemove.Id]).ToList();
        var unknown = postedIds.Where(id => !StoredAltTexts.ContainsKey(id)).ToList();
        if (unknown.Count > 0 && await db.PartnerImages.AnyAsync(i => unknown.Contains(i.Id)))
        {
            Forbid();
            return;
        }

        if (unknown.Count > 0)
        {
            // removed meanwhile (another tab, a colleague): say so, show what there is now, change nothing
            Stale = true;
            Errors.Add(Text["PhotoGone"]);
        }

        if (postedPhotos is null || Stale)
        {
            Photos = new PhotosInput { PartnerSlug = Partner.Slug, Photos = StoredAltTexts.Select(p => new PhotoText { Id = p.Key, AltText = p.Value }).ToList() };
        }
    }

    private string StoredAlt(Guid id) => StoredAltTexts.GetValueOrDefault(id, "");

    private void Forbid()
    {
        Forbidden = true;
        HttpContext!.Response.StatusCode = StatusCodes.Status403Forbidden;
    }

    private async Task SaveLogoAsync()
    {
        if (!Forbidden && Partner is not null)
        {
            var user = await Me.PrincipalAsync();
            Done(Logo.Action == "remove" ? await Images.RemoveLogoAsync(Partner, user) : await Images.ReplaceLogoAsync(Partner, Logo.File, user));
        }
    }

    private async Task AddPhotoAsync()
    {
        if (!Forbidden && Partner is not null)
        {
            Done(await Images.AddPhotoAsync(Partner, Photo.AltText, Photo.File, (await Me.PrincipalAsync())));
        }
    }

    private async Task SavePhotosAsync()
    {
        if (!Forbidden && !Stale && Partner is not null)
        {
            Done(await Images.DescribeAsync(Partner, Photos.Photos, (await Me.PrincipalAsync())));
        }
    }

    private async Task RemovePhotoAsync()
    {
        if (!Forbidden && !Stale && Partner is not null)
        {
            Done(await Images.RemovePhotoAsync(Partner, RemovePhoto.Id, (await Me.PrincipalAsync())));
        }
    }

    /// <summary>Done: say it on the page anew. Refused: say why here, with what was typed; a change that lost a
    /// race is said on the page anew, which shows what there is now.</summary>
    private void Done(Outcome<string> outcome)
    {
        if (outcome.Value is { } done)
        {
            Flash.Success<PartnerSelfServiceText>(done);
        }
        else if (outcome.Errors is [{ Code: PartnerImages.ChangedMeanwhile }])
        {
            Flash.Notice<PartnerSelfServiceText>(PartnerImages.ChangedMeanwhile);
        }
        else
        {
            Errors.AddRange(outcome.Errors.Select(Text.Say));
            return;
        }

        Navigation.NavigateTo($"/partner/afbeeldingen?partner={Uri.EscapeDataString(Partner!.Slug)}");
    }

    private sealed record ImageSummary(Guid Id, bool IsLogo, string AltText, int Width, int Height)
    {
        public string Url => PartnerImage.UrlOf(Id);
    }
}
