using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Images;
using HoeWerktMijnStad.Web.Features.Content;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>Adds or changes one step of a tour. A photo passes the same checks and re-encoding as partner
/// images (ADR 0006); a video is stored as its YouTube id only.</summary>
public sealed partial class TourStepEditorPage : ContentEditorPage
{
    [Parameter]
    public int TourId { get; set; }

    [Parameter]
    public int? StepId { get; set; }

    [SupplyParameterFromForm(FormName = "stap")]
    private TourStepInput Input { get; set; } = default!;

    private string TourTitle { get; set; } = "";

    private Guid? CurrentImage { get; set; }

    private string Heading => Input.StepId == 0 ? $"Nieuwe stap: {TourTitle}" : $"Stap bewerken: {TourTitle}";

    protected override async Task OnInitializedAsync()
    {
        var posted = Input;
        Input ??= new();
        Input.StepId = StepId ?? 0;
        // the page renders while it waits for the database: the form needs its context from the start
        Context = new EditContext(Input);
        await using var db = await DbFactory.CreateDbContextAsync();
        TourTitle = await db.VirtualTours.Where(t => t.Id == TourId).Select(t => t.Title).SingleOrDefaultAsync() ?? "";
        if (TourTitle.Length == 0)
        {
            AnswerNotFound("Deze rondleiding bestaat niet (meer).");
        }
        else if (StepId is { } stepId)
        {
            var step = await db.TourSteps.AsNoTracking().Where(s => s.Id == stepId && s.TourId == TourId)
                .Select(s => new { Step = s, Alt = s.Image != null ? s.Image.AltText : null }).SingleOrDefaultAsync();
            if (step is null)
            {
                AnswerNotFound("Deze stap bestaat niet (meer); misschien is hij net verwijderd.");
            }
            else
            {
                CurrentImage = step.Step.ImageId;
                if (posted is null)
                {
                    Input = TourStepInput.From(step.Step, step.Alt);
                }
            }
        }

        Input.TourId = TourId;
        Context = new EditContext(Input);
    }

    private bool PhotoToChooseAgain { get; set; }

    private async Task SubmitAsync()
    {
        if (Missing is not null)
        {
            return;
        }

        if (Input.Action == EditorAction.Preview)
        {
            Previewed = true;
            return;
        }

        var errors = Input.Check(hasPhoto: CurrentImage is not null).ToList();
        ProcessedImage? photo = null;
        if (errors.Count == 0 && Input.Media == TourStepInput.Photo && Input.File is { Length: > 0 })
        {
            var result = await ImageProcessor.ProcessAsync(Input.File, ImageProcessor.PhotoMaxSide);
            photo = result.Image;
            if (result.Error is { } error)
            {
                errors.Add(new(nameof(TourStepInput.File), "PhotoRefused", error));
            }
        }

        if (errors.Count > 0)
        {
            // a browser never fills a file input in again: the photo that was sent is gone with this answer
            PhotoToChooseAgain = Input.File is { Length: > 0 } && Input.Media == TourStepInput.Photo;
            Show(errors);
            return;
        }

        await SaveAsync(photo);
    }

    private async Task SaveAsync(ProcessedImage? photo)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var step = Input.StepId == 0 ? null : await db.TourSteps.SingleOrDefaultAsync(s => s.Id == Input.StepId && s.TourId == TourId);
        if (Input.StepId != 0 && step is null)
        {
            Flash.Notice<ContentText>("StepGone");
            Navigation.NavigateTo($"/beheer/leren/rondleidingen/{TourId}");
            return;
        }

        if (step is null)
        {
            var last = await db.TourSteps.Where(s => s.TourId == TourId).MaxAsync(s => (int?)s.Position) ?? -1;
            step = db.TourSteps.Add(new TourStep { TourId = TourId, Position = last + 1, Title = "" }).Entity;
        }

        var oldImage = step.ImageId;
        step.Title = Input.Title!.Trim();
        step.TextMarkdown = Input.TextMarkdown ?? "";
        if (Input.Media == TourStepInput.Video)
        {
            (step.VideoId, step.ImageId) = (VideoLinks.IdFrom(Input.VideoUrl), null);
        }
        else if (photo is not null)
        {
            var image = db.LearningImages.Add(new LearningImage
            {
                Id = Guid.CreateVersion7(), AltText = Input.AltText!.Trim(), ContentType = photo.ContentType, Bytes = photo.Bytes,
                Width = photo.Width, Height = photo.Height, UploadedAt = Clock.GetUtcNow(),
            }).Entity;
            (step.ImageId, step.VideoId) = (image.Id, null);
        }
        else if (oldImage is { } kept)
        {
            // the same photo, perhaps a better description
            var alt = Input.AltText!.Trim();
            await db.LearningImages.Where(i => i.Id == kept).ExecuteUpdateAsync(s => s.SetProperty(i => i.AltText, alt));
        }

        await db.VirtualTours.Where(t => t.Id == TourId).ExecuteUpdateAsync(s => s.SetProperty(t => t.UpdatedAt, Clock.GetUtcNow()));
        db.Record(await UserAsync(), Input.StepId == 0 ? "Rondleiding: stap toegevoegd" : "Rondleiding: stap gewijzigd", $"{TourTitle}: {step.Title}");
        await db.SaveChangesAsync();
        if (oldImage is { } replaced && replaced != step.ImageId)
        {
            // a replaced photo belonged to this step alone
            await db.LearningImages.Where(i => i.Id == replaced).ExecuteDeleteAsync();
        }

        await transaction.CommitAsync();
        Flash.Success<ContentText>(Input.StepId == 0 ? "StepAdded" : "StepSaved", step.Title);
        Navigation.NavigateTo($"/beheer/leren/rondleidingen/{TourId}");
    }
}
