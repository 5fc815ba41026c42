using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>The leader writes a best practice, from scratch or from a consented evaluation (<c>?evaluatie=</c>).</summary>
public sealed partial class BestPracticeEditorPage : ContentEditorPage
{
    [Inject]
    public required BestPracticeWrites Writes { get; init; }

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

    private Task SubmitAsync() =>
        SubmitContentAsync(Writes, Input, "/beheer/leren", id => $"/beheer/leren/goede-voorbeelden/{id}");
}
