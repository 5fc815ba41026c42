using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>The leader writes a virtual tour: its title, partner and introduction, and orders its steps.</summary>
public sealed partial class TourEditorPage : ContentEditorPage
{
    [Inject]
    public required TourWrites Writes { get; init; }

    [Inject]
    public required TourSteps StepWrites { get; init; }

    [Parameter]
    public int? Id { get; set; }

    [SupplyParameterFromForm(FormName = "rondleiding")]
    private TourInput Input { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "stappen")]
    private StepListInput StepList { get; set; } = default!;

    private List<PartnerOption> Partners { get; set; } = [];

    private List<StepRow> Steps { get; set; } = [];

    private string Heading => Input.Id == 0 ? "Nieuwe virtuele rondleiding" : $"Rondleiding bewerken: {StoredTitle}";

    private sealed record PartnerOption(int Id, string Name);

    private sealed record StepRow(int Id, string Title, Guid? ImageId);

    protected override async Task OnInitializedAsync()
    {
        var posted = Input;
        Input ??= new();
        StepList ??= new();
        // the page renders while it waits for the database: the form needs its context from the start
        Context = new EditContext(Input);
        var id = Id ?? (posted?.Id is > 0 ? posted.Id : StepList.TourId);
        await using var db = await DbFactory.CreateDbContextAsync();
        Partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name).Select(p => new PartnerOption(p.Id, p.Name)).ToListAsync();
        if (id != 0)
        {
            var tour = await db.VirtualTours.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id);
            if (tour is null)
            {
                AnswerNotFound("Deze rondleiding bestaat niet (meer).");
            }
            else
            {
                (StoredSlug, StoredTitle, IsPublished) = (tour.Slug, tour.Title, tour.IsPublished);
                if (posted is null)
                {
                    Input = TourInput.From(tour);
                }

                Input.Id = tour.Id;
                Steps = await db.TourSteps.AsNoTracking().Where(s => s.TourId == id).OrderBy(s => s.Position).ThenBy(s => s.Id)
                    .Select(s => new StepRow(s.Id, s.Title, s.ImageId)).ToListAsync();
            }
        }

        Context = new EditContext(Input);
    }

    private Task SubmitAsync() =>
        SubmitContentAsync(Writes, Input, "/beheer/leren", id => $"/beheer/leren/rondleidingen/{id}",
            _ =>
            {
                if (Input.Id == 0)
                {
                    Flash.Success<ContentText>("AddSteps");
                }
            });

    private async Task MoveAsync()
    {
        if (Missing is not null || StepList.Parsed is not var (verb, stepId))
        {
            return;
        }

        var outcome = await StepWrites.MoveAsync(Input.Id, StoredTitle, verb, stepId, await UserAsync());
        if (outcome.Value is { } change)
        {
            Flash.Success<ContentText>(change.Done, change.Arguments);
        }
        else
        {
            Flash.Notice<ContentText>(outcome.Errors[0].Code);
        }

        Navigation.NavigateTo($"/beheer/leren/rondleidingen/{Input.Id}");
    }
}
