using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Images;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>The image library the leader pastes into lessons and stories: uploads checked and re-encoded
/// (ADR 0006), with a description; a removed image is no longer shown where a text still names it. Codes and
/// done keys are in <see cref="LearningText"/>.</summary>
public sealed class LearningImages(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxAltText = 250;

    public async Task<Outcome<string>> AddAsync(string? altText, IFormFile? file, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var alt = altText?.Trim() ?? "";
        if (alt.Length is 0 or > MaxAltText)
        {
            return new FieldError("AltText", "ImageAltText", MaxAltText);
        }

        var result = await ImageProcessor.ProcessAsync(file, ImageProcessor.PhotoMaxSide, cancellationToken);
        if (result.Image is not { } image)
        {
            return result.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.LearningImages.Add(new LearningImage
        {
            Id = Guid.CreateVersion7(), AltText = alt, ContentType = image.ContentType, Bytes = image.Bytes, Width = image.Width, Height = image.Height,
            UploadedAt = clock.GetUtcNow(), InLibrary = true,
        });
        db.Record(user, "Afbeelding voor leerinhoud toegevoegd", alt);
        await db.SaveChangesAsync(cancellationToken);
        return "ImageAdded";
    }

    /// <summary>Only library images: a tour step's photo goes with its step.</summary>
    public async Task<string> RemoveAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alt = await db.LearningImages.Where(i => i.Id == id && i.InLibrary).Select(i => i.AltText).SingleOrDefaultAsync(cancellationToken);
        if (alt is null)
        {
            return "ImageAlreadyRemoved";
        }

        db.LearningImages.Remove(new LearningImage { Id = id, ContentType = "", Bytes = [] });
        db.Record(user, "Afbeelding voor leerinhoud verwijderd", alt);
        return await db.TrySaveChangesAsync(cancellationToken) ? "ImageRemoved" : "ImageAlreadyRemoved";
    }
}
