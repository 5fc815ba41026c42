using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>The leader writes a virtual tour: its title, partner and introduction, and orders its steps.</summary>
public sealed partial class TourEditorPage : ContentEditorPage
{
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

        var user = await UserAsync();
        await using var db = await DbFactory.CreateDbContextAsync();
        if (Input.Action == EditorAction.Delete && Input.Id != 0)
        {
            await DeleteAsync(db, user);
            return;
        }

        var errors = Input.Check().ToList();
        var slug = EditorAction.SlugOf(Input.Slug, Input.Title ?? "");
        if (errors.Count == 0 && slug.Length == 0)
        {
            errors.Add((nameof(TourInput.Slug), EditorAction.NoSlug));
        }

        if (errors.Count == 0 && Partners.All(p => p.Id != Input.PartnerId))
        {
            errors.Add((nameof(TourInput.PartnerId), "Deze partner bestaat niet (meer). Kies een andere."));
        }

        if (errors.Count == 0 && await db.VirtualTours.Where(t => t.Slug == slug && t.Id != Input.Id).Select(t => t.Title).FirstOrDefaultAsync() is { } other)
        {
            errors.Add((nameof(TourInput.Slug), EditorAction.SlugTaken(slug, other)));
        }

        if (errors.Count > 0)
        {
            Show(errors);
            return;
        }

        var tour = Input.Id == 0 ? db.VirtualTours.Add(new VirtualTour { Slug = slug, Title = "" }).Entity
            : await db.VirtualTours.SingleOrDefaultAsync(t => t.Id == Input.Id);
        if (tour is null)
        {
            Show([("", "Deze rondleiding bestaat niet meer; misschien is hij net verwijderd.")]);
            return;
        }

        var wasPublished = tour.IsPublished;
        Input.ApplyTo(tour, slug, Clock.GetUtcNow());
        db.Record(user, $"Rondleiding {(tour.IsPublished ? "gepubliceerd" : "opgeslagen als concept")}", tour.Title, tour.PartnerId);
        if (!await db.TrySaveChangesAsync())
        {
            Show([(nameof(TourInput.Slug), EditorAction.SlugJustTaken(slug))]);
            return;
        }

        Flash.Success<LearningText>(EditorAction.Done(Input.Action, wasPublished), tour.Title);
        if (Input.Id == 0)
        {
            Flash.Success<LearningText>("AddSteps");
        }

        Navigation.NavigateTo($"/beheer/leren/rondleidingen/{tour.Id}");
    }

    private async Task DeleteAsync(AppDbContext db, System.Security.Claims.ClaimsPrincipal user)
    {
        // the steps go with the tour (cascade); their photos are theirs alone, so they go in the same transaction
        await using var transaction = await db.Database.BeginTransactionAsync();
        var images = await db.TourSteps.Where(s => s.TourId == Input.Id && s.ImageId != null).Select(s => s.ImageId!.Value).ToListAsync();
        await db.VirtualTours.Where(t => t.Id == Input.Id).ExecuteDeleteAsync();
        await db.LearningImages.Where(i => images.Contains(i.Id)).ExecuteDeleteAsync();
        db.Record(user, "Rondleiding verwijderd", StoredTitle);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        Flash.Success<LearningText>("Removed", StoredTitle);
        Navigation.NavigateTo("/beheer/leren");
    }

    private async Task MoveAsync()
    {
        if (Missing is not null || StepList.Parsed is not var (verb, stepId))
        {
            return;
        }

        await using var db = await DbFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var steps = await db.TourSteps.Where(s => s.TourId == Input.Id).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync();
        var index = steps.FindIndex(s => s.Id == stepId);
        if (index < 0)
        {
            Flash.Notice<LearningText>("StepGone");
            Navigation.NavigateTo($"/beheer/leren/rondleidingen/{Input.Id}");
            return;
        }

        var step = steps[index];
        string done;
        (string Key, object[] Arguments) flash;
        if (verb == "weg")
        {
            steps.RemoveAt(index);
            db.TourSteps.Remove(step);
            done = $"Stap '{step.Title}' is verwijderd.";
            flash = ("StepRemoved", [step.Title]);
        }
        else
        {
            var to = verb == "omhoog" ? Math.Max(0, index - 1) : Math.Min(steps.Count - 1, index + 1);
            steps.RemoveAt(index);
            steps.Insert(to, step);
            done = $"Stap '{step.Title}' staat nu op plaats {to + 1}.";
            flash = ("StepMoved", [step.Title, to + 1]);
        }

        for (var i = 0; i < steps.Count; i++)
        {
            steps[i].Position = i;
        }

        db.Record(await UserAsync(), "Rondleiding: stappen gewijzigd", $"{StoredTitle}: {done}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // a double click: the other request removed the step first (the transaction is rolled back)
            Flash.Notice<LearningText>("StepGone");
            Navigation.NavigateTo($"/beheer/leren/rondleidingen/{Input.Id}");
            return;
        }

        if (verb == "weg" && step.ImageId is { } image)
        {
            await db.LearningImages.Where(i => i.Id == image).ExecuteDeleteAsync();
        }

        await transaction.CommitAsync();
        Flash.Success<LearningText>(flash.Key, flash.Arguments);
        Navigation.NavigateTo($"/beheer/leren/rondleidingen/{Input.Id}");
    }
}
