using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Images;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>What a change to a tour's steps did: a <see cref="Content.ContentText"/> key and its arguments.</summary>
public sealed record StepChange(string Done, params object[] Arguments);

/// <summary>A tour's steps: added or changed (a photo checked and re-encoded like partner images, ADR 0006; a video as
/// its YouTube id), moved, removed. A step's photo is its own and goes with it. A step removed meanwhile (a double
/// click, a second tab) is refused with <see cref="Gone"/>, never a 500.</summary>
public sealed class TourSteps(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const string Gone = "StepGone";

    /// <summary>Reads and checks the photo the form sent, if it sent one for a photo step.</summary>
    public static async Task<(ProcessedImage? Photo, FieldError? Error)> PhotoAsync(TourStepInput input, CancellationToken cancellationToken = default)
    {
        if (input.Media != TourStepInput.Photo || input.File is not { Length: > 0 })
        {
            return (null, null);
        }

        var result = await ImageProcessor.ProcessAsync(input.File, ImageProcessor.PhotoMaxSide, cancellationToken);
        return result.Error is { } error ? (null, error with { Field = nameof(TourStepInput.File) }) : (result.Image, null);
    }

    public async Task<Outcome<StepChange>> SaveAsync(int tourId, string tourTitle, TourStepInput input, ProcessedImage? photo, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var step = input.StepId == 0 ? null : await db.TourSteps.SingleOrDefaultAsync(s => s.Id == input.StepId && s.TourId == tourId, cancellationToken);
        if (input.StepId != 0 && step is null)
        {
            return Outcome.Refused(Gone);
        }

        if (step is null)
        {
            var last = await db.TourSteps.Where(s => s.TourId == tourId).MaxAsync(s => (int?)s.Position, cancellationToken) ?? -1;
            step = db.TourSteps.Add(new TourStep { TourId = tourId, Position = last + 1, Title = "" }).Entity;
        }

        var now = clock.GetUtcNow();
        var oldImage = step.ImageId;
        step.Title = input.Title!.Trim();
        step.TextMarkdown = input.TextMarkdown ?? "";
        if (input.Media == TourStepInput.Video)
        {
            (step.VideoId, step.ImageId) = (VideoLinks.IdFrom(input.VideoUrl), null);
        }
        else if (photo is not null)
        {
            var image = db.LearningImages.Add(new LearningImage
            {
                Id = Guid.CreateVersion7(), AltText = input.AltText!.Trim(), ContentType = photo.ContentType, Bytes = photo.Bytes,
                Width = photo.Width, Height = photo.Height, UploadedAt = now,
            }).Entity;
            (step.ImageId, step.VideoId) = (image.Id, null);
        }
        else if (oldImage is { } kept)
        {
            // the same photo, perhaps a better description
            var alt = input.AltText!.Trim();
            await db.LearningImages.Where(i => i.Id == kept).ExecuteUpdateAsync(s => s.SetProperty(i => i.AltText, alt), cancellationToken);
        }

        await db.VirtualTours.Where(t => t.Id == tourId).ExecuteUpdateAsync(s => s.SetProperty(t => t.UpdatedAt, now), cancellationToken);
        db.Record(user, input.StepId == 0 ? "Rondleiding: stap toegevoegd" : "Rondleiding: stap gewijzigd", $"{tourTitle}: {step.Title}");
        await db.SaveChangesAsync(cancellationToken);
        if (oldImage is { } replaced && replaced != step.ImageId)
        {
            // a replaced photo belonged to this step alone
            await db.LearningImages.Where(i => i.Id == replaced).ExecuteDeleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new StepChange(input.StepId == 0 ? "StepAdded" : "StepSaved", step.Title);
    }

    /// <summary>Moves a step up or down ("omhoog", "omlaag") or removes it ("weg"); the steps are numbered anew.</summary>
    public async Task<Outcome<StepChange>> MoveAsync(int tourId, string tourTitle, string verb, int stepId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var steps = await db.TourSteps.Where(s => s.TourId == tourId).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var index = steps.FindIndex(s => s.Id == stepId);
        if (index < 0)
        {
            return Outcome.Refused(Gone);
        }

        var step = steps[index];
        StepChange change;
        string audit;
        if (verb == "weg")
        {
            steps.RemoveAt(index);
            db.TourSteps.Remove(step);
            (change, audit) = (new StepChange("StepRemoved", step.Title), $"Stap '{step.Title}' is verwijderd.");
        }
        else
        {
            var to = verb == "omhoog" ? Math.Max(0, index - 1) : Math.Min(steps.Count - 1, index + 1);
            steps.RemoveAt(index);
            steps.Insert(to, step);
            (change, audit) = (new StepChange("StepMoved", step.Title, to + 1), $"Stap '{step.Title}' staat nu op plaats {to + 1}.");
        }

        for (var i = 0; i < steps.Count; i++)
        {
            steps[i].Position = i;
        }

        db.Record(user, "Rondleiding: stappen gewijzigd", $"{tourTitle}: {audit}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // a double click: the other request removed the step first (the transaction is rolled back)
            return Outcome.Refused(Gone);
        }

        if (verb == "weg" && step.ImageId is { } image)
        {
            await db.LearningImages.Where(i => i.Id == image).ExecuteDeleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return change;
    }
}
