using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>The leader writes a best practice, from scratch or from a consented evaluation (<c>?evaluatie=</c>).</summary>
public sealed partial class BestPracticeEditorPage : ContentEditorPage
{
    [Parameter]
    public int? Id { get; set; }

    [SupplyParameterFromForm(FormName = "goed-voorbeeld")]
    private BestPracticeInput Input { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "evaluatie")]
    private string? EvaluationIdText { get; set; }

    private int? EvaluationId => QueryValue.Number(EvaluationIdText);

    private List<(int Id, string Name)> Partners { get; set; } = [];

    private string Heading => Input.Id == 0 ? "Nieuw goed voorbeeld" : $"Goed voorbeeld bewerken: {StoredTitle}";

    protected override async Task OnInitializedAsync()
    {
        var posted = Input;
        Input ??= new();
        // the page renders while it waits for the database: the form needs its context from the start
        Context = new EditContext(Input);
        var id = Id ?? (posted?.Id is > 0 ? posted.Id : 0);
        await using var db = await DbFactory.CreateDbContextAsync();
        Partners = (await db.Partners.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync())
            .Select(p => (p.Id, p.Name)).ToList();
        if (id != 0)
        {
            var practice = await db.BestPractices.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id);
            if (practice is null)
            {
                AnswerNotFound("Dit goede voorbeeld bestaat niet (meer).");
            }
            else
            {
                (StoredSlug, StoredTitle, IsPublished) = (practice.Slug, practice.Title, practice.IsPublished);
                if (posted is null)
                {
                    Input = BestPracticeInput.From(practice);
                }

                Input.Id = practice.Id;
            }
        }
        else if (posted is null && EvaluationId is { } evaluation)
        {
            Input = await BestPracticeDrafts.FromEvaluationAsync(db, evaluation) ?? Input;
            if (Input.SourceEvaluationId is null)
            {
                // a page that explains, not a 404: the site's not-found page would replace the reason
                Missing = "Van deze evaluatie kan geen goed voorbeeld worden gemaakt: ze bestaat niet, is nog niet verstuurd of de schrijver gaf geen toestemming.";
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
            db.BestPractices.Remove(new BestPractice { Id = Input.Id, Slug = "", Title = "" });
            db.Record(user, "Goed voorbeeld verwijderd", StoredTitle);
            await db.TrySaveChangesAsync();
            Flash.Success<LearningText>("Removed", StoredTitle);
            Navigation.NavigateTo("/beheer/leren");
            return;
        }

        var errors = Input.Check().ToList();
        var slug = EditorAction.SlugOf(Input.Slug, Input.Title ?? "");
        if (errors.Count == 0 && slug.Length == 0)
        {
            errors.Add((nameof(BestPracticeInput.Slug), EditorAction.NoSlug));
        }

        if (Input.SourceEvaluationId is { } source && !await BestPracticeDrafts.ConsentedAsync(db, source))
        {
            errors.Add(("", "De evaluatie waar dit voorbeeld van komt heeft geen toestemming (meer) van de schrijver."));
        }

        if (Input.PartnerId is { } partnerId && Partners.All(p => p.Id != partnerId))
        {
            errors.Add((nameof(BestPracticeInput.PartnerId), "Deze partner bestaat niet (meer). Kies een andere."));
        }

        if (errors.Count == 0 && await db.BestPractices.Where(b => b.Slug == slug && b.Id != Input.Id).Select(b => b.Title).FirstOrDefaultAsync() is { } other)
        {
            errors.Add((nameof(BestPracticeInput.Slug), EditorAction.SlugTaken(slug, other)));
        }

        if (errors.Count > 0)
        {
            Show(errors);
            return;
        }

        var practice = Input.Id == 0 ? db.BestPractices.Add(new BestPractice { Slug = slug, Title = "" }).Entity
            : await db.BestPractices.SingleOrDefaultAsync(b => b.Id == Input.Id);
        if (practice is null)
        {
            Show([("", "Dit goede voorbeeld bestaat niet meer; misschien is het net verwijderd.")]);
            return;
        }

        var wasPublished = practice.IsPublished;
        Input.ApplyTo(practice, slug, Clock.GetUtcNow());
        db.Record(user, $"Goed voorbeeld {(practice.IsPublished ? "gepubliceerd" : "opgeslagen als concept")}", practice.Title);
        if (!await db.TrySaveChangesAsync())
        {
            Show([(nameof(BestPracticeInput.Slug), EditorAction.SlugJustTaken(slug))]);
            return;
        }

        Flash.Success<LearningText>(EditorAction.Done(Input.Action, wasPublished), practice.Title);
        Navigation.NavigateTo($"/beheer/leren/goede-voorbeelden/{practice.Id}");
    }
}
