using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Images;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>The logo and photos of a partner: upload (checked and re-encoded), describe, remove.</summary>
public sealed partial class PartnerImagesPage
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

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

    private const string TryAgain = "Er kwam tegelijk een andere wijziging binnen (een dubbele klik of een tweede tabblad). Bekijk het resultaat hieronder en probeer het zo nodig opnieuw.";

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

        Partner = await Access.FindEditableAsync((await AuthenticationState!).User, slug);
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
            Errors.Add("Deze foto bestaat niet meer; misschien is hij net verwijderd, in een ander tabblad of door een collega. Hieronder staat wat er nu is.");
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
        if (Forbidden || Partner is null)
        {
            return;
        }

        await using var db = await DbFactory.CreateDbContextAsync();
        var partner = await db.Partners.SingleAsync(p => p.Id == Partner.Id);
        var user = (await AuthenticationState!).User;
        var oldId = await db.PartnerImages.Where(i => i.PartnerId == Partner.Id && i.IsLogo).Select(i => (Guid?)i.Id).SingleOrDefaultAsync();
        if (Logo.Action == "remove")
        {
            if (oldId is { } id)
            {
                db.PartnerImages.Remove(KeyOnly(id));
            }

            partner.LogoUrl = null;
            db.Record(user, "Logo verwijderd", partner.Name, partner.Id);
            Done(await db.TrySaveChangesAsync() ? "LogoRemoved" : "LogoAlreadyRemoved");
            return;
        }

        var result = await ImageProcessor.ProcessAsync(Logo.File, ImageProcessor.LogoMaxSide);
        if (result.Image is not { } image)
        {
            Errors.Add($"Logo: {result.Error}");
            return;
        }

        // the old logo goes before the new one comes (one logo per partner), both in one transaction
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (oldId is { } previous)
        {
            db.PartnerImages.Remove(KeyOnly(previous));
            if (!await db.TrySaveChangesAsync())
            {
                Errors.Add(TryAgain);
                return;
            }
        }

        var logo = db.PartnerImages.Add(NewImage(image, isLogo: true, position: 0, altText: "")).Entity;
        partner.LogoUrl = logo.Url;
        db.Record(user, "Logo opgeslagen", partner.Name, partner.Id);
        if (!await db.TrySaveChangesAsync())
        {
            Errors.Add(TryAgain);
            return;
        }

        await transaction.CommitAsync();
        Done("LogoPlaced");
    }

    private async Task AddPhotoAsync()
    {
        if (Forbidden || Partner is null)
        {
            return;
        }

        var altText = (Photo.AltText ?? "").Trim();
        if (altText.Length == 0)
        {
            Errors.Add("Beschrijf wat er op de foto te zien is: dat lezen mensen die de foto niet kunnen zien. Kies daarna de foto opnieuw.");
            return;
        }

        if (altText.Length > ImageUploadInput.MaxAltText)
        {
            Errors.Add($"Houd de beschrijving onder de {ImageUploadInput.MaxAltText} tekens; het is nu {altText.Length}. Kies daarna de foto opnieuw.");
            return;
        }

        var result = await ImageProcessor.ProcessAsync(Photo.File, ImageProcessor.PhotoMaxSide);
        if (result.Image is not { } image)
        {
            Errors.Add($"Foto: {result.Error}");
            return;
        }

        await using var db = await DbFactory.CreateDbContextAsync();
        var taken = await db.PartnerImages.Where(i => i.PartnerId == Partner.Id && !i.IsLogo).Select(i => i.Position).ToListAsync();
        var free = Enumerable.Range(0, PartnerImage.MaxPhotos).Except(taken).Cast<int?>().FirstOrDefault();
        if (free is null)
        {
            Errors.Add($"Je hebt al {PartnerImage.MaxPhotos} foto's. Verwijder er een om een nieuwe toe te voegen.");
            return;
        }

        db.PartnerImages.Add(NewImage(image, isLogo: false, position: free.Value, altText: altText));
        db.Record((await AuthenticationState!).User, "Foto toegevoegd", $"{altText} ({Partner.Name})", Partner.Id);
        if (!await db.TrySaveChangesAsync())
        {
            Errors.Add(TryAgain);
            return;
        }

        Done("PhotoPlaced");
    }

    private async Task SavePhotosAsync()
    {
        if (Forbidden || Stale || Partner is null)
        {
            return;
        }

        await using var db = await DbFactory.CreateDbContextAsync();
        if (Photos.Photos.Any(p => string.IsNullOrWhiteSpace(p.AltText)))
        {
            Errors.Add("Elke foto heeft een beschrijving nodig. Vul de lege beschrijving in.");
            return;
        }

        if (Photos.Photos.Any(p => p.AltText!.Trim().Length > ImageUploadInput.MaxAltText))
        {
            Errors.Add($"Houd elke beschrijving onder de {ImageUploadInput.MaxAltText} tekens.");
            return;
        }

        foreach (var text in Photos.Photos)
        {
            var photo = db.PartnerImages.Attach(KeyOnly(text.Id)).Entity;
            photo.AltText = text.AltText!.Trim();
        }

        db.Record((await AuthenticationState!).User, "Fotobeschrijvingen gewijzigd", Partner.Name, Partner.Id);
        Done(await db.TrySaveChangesAsync() ? "DescriptionsSaved" : "ChangedMeanwhile");
    }

    private async Task RemovePhotoAsync()
    {
        if (Forbidden || Stale || Partner is null)
        {
            return;
        }

        await using var db = await DbFactory.CreateDbContextAsync();
        // ownership was checked on load; the stored description names the photo in the log
        db.PartnerImages.Remove(KeyOnly(RemovePhoto.Id));
        db.Record((await AuthenticationState!).User, "Foto verwijderd", $"{StoredAlt(RemovePhoto.Id)} ({Partner.Name})", Partner.Id);
        Done(await db.TrySaveChangesAsync() ? "PhotoRemoved" : "PhotoAlreadyRemoved");
    }

    /// <summary>A row by its key only, to remove or change one column without reading its bytes.</summary>
    private static PartnerImage KeyOnly(Guid id) => new() { Id = id, ContentType = "", Bytes = [] };

    private PartnerImage NewImage(ProcessedImage image, bool isLogo, int position, string altText) => new()
    {
        Id = Guid.CreateVersion7(),
        PartnerId = Partner!.Id,
        IsLogo = isLogo,
        Position = position,
        AltText = altText,
        ContentType = image.ContentType,
        Bytes = image.Bytes,
        Width = image.Width,
        Height = image.Height,
        UploadedAt = Clock.GetUtcNow(),
    };

    private void Done(string key)
    {
        if (key == "ChangedMeanwhile")
        {
            Flash.Notice<PartnerSelfServiceText>(key);
        }
        else
        {
            Flash.Success<PartnerSelfServiceText>(key);
        }

        Navigation.NavigateTo($"/partner/afbeeldingen?partner={Uri.EscapeDataString(Partner!.Slug)}");
    }

    private sealed record ImageSummary(Guid Id, bool IsLogo, string AltText, int Width, int Height)
    {
        public string Url => PartnerImage.UrlOf(Id);
    }
}
