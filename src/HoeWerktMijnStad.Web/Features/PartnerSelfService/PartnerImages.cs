using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Images;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>A partner's logo and photos: uploads checked and re-encoded (<see cref="ImageProcessor"/>), described,
/// removed. Each change is one transaction with its audit line; a double click or a second tab loses, with words
/// (<see cref="ChangedMeanwhile"/>), never a 500. Codes are keys of <see cref="PartnerSelfServiceText"/>; a done
/// outcome carries the key that says what happened.</summary>
public sealed class PartnerImages(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const string ChangedMeanwhile = nameof(ChangedMeanwhile);

    public async Task<Outcome<string>> RemoveLogoAsync(EditablePartner partner, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Partners.SingleAsync(p => p.Id == partner.Id, cancellationToken);
        if (await LogoIdAsync(db, partner, cancellationToken) is { } id)
        {
            db.PartnerImages.Remove(KeyOnly(id));
        }

        stored.LogoUrl = null;
        db.Record(user, "Logo verwijderd", stored.Name, stored.Id);
        return await db.TrySaveChangesAsync(cancellationToken) ? "LogoRemoved" : "LogoAlreadyRemoved";
    }

    /// <summary>The old logo goes before the new one comes (one logo per partner), both in one transaction.</summary>
    public async Task<Outcome<string>> ReplaceLogoAsync(EditablePartner partner, IFormFile? file, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var result = await ImageProcessor.ProcessAsync(file, ImageProcessor.LogoMaxSide, cancellationToken);
        if (result.Image is not { } image)
        {
            return result.Error! with { Field = nameof(ImageUploadInput.File) };
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Partners.SingleAsync(p => p.Id == partner.Id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await LogoIdAsync(db, partner, cancellationToken) is { } previous)
        {
            db.PartnerImages.Remove(KeyOnly(previous));
            if (!await db.TrySaveChangesAsync(cancellationToken))
            {
                return Outcome.Refused(ChangedMeanwhile);
            }
        }

        var logo = db.PartnerImages.Add(NewImage(partner, image, isLogo: true, position: 0, altText: "")).Entity;
        stored.LogoUrl = logo.Url;
        db.Record(user, "Logo opgeslagen", stored.Name, stored.Id);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return Outcome.Refused(ChangedMeanwhile);
        }

        await transaction.CommitAsync(cancellationToken);
        return "LogoPlaced";
    }

    public async Task<Outcome<string>> AddPhotoAsync(EditablePartner partner, string? altText, IFormFile? file, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var alt = (altText ?? "").Trim();
        if (alt.Length == 0)
        {
            return new FieldError(nameof(ImageUploadInput.AltText), "PhotoAltMissing");
        }

        if (alt.Length > ImageUploadInput.MaxAltText)
        {
            return new FieldError(nameof(ImageUploadInput.AltText), "PhotoAltTooLong", ImageUploadInput.MaxAltText, alt.Length);
        }

        var result = await ImageProcessor.ProcessAsync(file, ImageProcessor.PhotoMaxSide, cancellationToken);
        if (result.Image is not { } image)
        {
            return result.Error! with { Field = nameof(ImageUploadInput.File) };
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var taken = await db.PartnerImages.Where(i => i.PartnerId == partner.Id && !i.IsLogo).Select(i => i.Position).ToListAsync(cancellationToken);
        if (Enumerable.Range(0, PartnerImage.MaxPhotos).Except(taken).Cast<int?>().FirstOrDefault() is not { } free)
        {
            return Outcome.Refused("PhotosFull", PartnerImage.MaxPhotos);
        }

        db.PartnerImages.Add(NewImage(partner, image, isLogo: false, position: free, altText: alt));
        db.Record(user, "Foto toegevoegd", $"{alt} ({partner.Name})", partner.Id);
        return await db.TrySaveChangesAsync(cancellationToken) ? "PhotoPlaced" : Outcome.Refused(ChangedMeanwhile);
    }

    /// <summary>New descriptions for the partner's photos (ids the page checked are the partner's own).</summary>
    public async Task<Outcome<string>> DescribeAsync(EditablePartner partner, IReadOnlyList<PhotoText> photos, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (photos.Any(p => string.IsNullOrWhiteSpace(p.AltText)))
        {
            return Outcome.Refused("PhotoAltEmpty");
        }

        if (photos.Any(p => p.AltText!.Trim().Length > ImageUploadInput.MaxAltText))
        {
            return Outcome.Refused("PhotoAltsTooLong", ImageUploadInput.MaxAltText);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = photos.Select(p => p.Id).ToList();
        if (await db.PartnerImages.CountAsync(i => ids.Contains(i.Id) && i.PartnerId == partner.Id && !i.IsLogo, cancellationToken) != ids.Distinct().Count())
        {
            return Outcome.Refused(ChangedMeanwhile);
        }

        foreach (var text in photos)
        {
            db.PartnerImages.Attach(KeyOnly(text.Id)).Entity.AltText = text.AltText!.Trim();
        }

        db.Record(user, "Fotobeschrijvingen gewijzigd", partner.Name, partner.Id);
        return await db.TrySaveChangesAsync(cancellationToken) ? "DescriptionsSaved" : Outcome.Refused(ChangedMeanwhile);
    }

    public async Task<Outcome<string>> RemovePhotoAsync(EditablePartner partner, Guid photoId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alt = await db.PartnerImages.Where(i => i.Id == photoId && i.PartnerId == partner.Id && !i.IsLogo).Select(i => i.AltText).SingleOrDefaultAsync(cancellationToken);
        if (alt is null)
        {
            return "PhotoAlreadyRemoved";
        }

        db.PartnerImages.Remove(KeyOnly(photoId));
        db.Record(user, "Foto verwijderd", $"{alt} ({partner.Name})", partner.Id);
        return await db.TrySaveChangesAsync(cancellationToken) ? "PhotoRemoved" : "PhotoAlreadyRemoved";
    }

    private static Task<Guid?> LogoIdAsync(AppDbContext db, EditablePartner partner, CancellationToken cancellationToken) =>
        db.PartnerImages.Where(i => i.PartnerId == partner.Id && i.IsLogo).Select(i => (Guid?)i.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>A row by its key only, to remove or change one column without reading its bytes.</summary>
    private static PartnerImage KeyOnly(Guid id) => new() { Id = id, ContentType = "", Bytes = [] };

    private PartnerImage NewImage(EditablePartner partner, ProcessedImage image, bool isLogo, int position, string altText) => new()
    {
        Id = Guid.CreateVersion7(),
        PartnerId = partner.Id,
        IsLogo = isLogo,
        Position = position,
        AltText = altText,
        ContentType = image.ContentType,
        Bytes = image.Bytes,
        Width = image.Width,
        Height = image.Height,
        UploadedAt = clock.GetUtcNow(),
    };
}
