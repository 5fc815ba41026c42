using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
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
    [Inject]
    public required TourSteps Steps { get; init; }

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
        if (errors.Count == 0)
        {
            (photo, var photoError) = await TourSteps.PhotoAsync(Input);
            if (photoError is not null)
            {
                errors.Add(photoError);
            }
        }

        if (errors.Count > 0)
        {
            // a browser never fills a file input in again: the photo that was sent is gone with this answer
            PhotoToChooseAgain = Input.File is { Length: > 0 } && Input.Media == TourStepInput.Photo;
            Show(errors);
            return;
        }

        var outcome = await Steps.SaveAsync(TourId, TourTitle, Input, photo, await UserAsync());
        if (outcome.Value is { } change)
        {
            Flash.Success<ContentText>(change.Done, change.Arguments);
        }
        else
        {
            Flash.Notice<ContentText>(outcome.Errors[0].Code);
        }

        Navigation.NavigateTo($"/beheer/leren/rondleidingen/{TourId}");
    }
}
