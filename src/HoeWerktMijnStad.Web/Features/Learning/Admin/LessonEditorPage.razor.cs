using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>The leader writes a lesson letter or learning-line activity: Markdown with a preview, a PDF, draft or published.</summary>
public sealed partial class LessonEditorPage : ContentEditorPage
{
    [Inject]
    public required LessonWrites Writes { get; init; }

    [Parameter]
    public int? Id { get; set; }

    [SupplyParameterFromForm(FormName = "les")]
    private LessonInput Input { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "soort")]
    private string? KindValue { get; set; }

    private AttachmentInfo? CurrentAttachment { get; set; }

    private string Heading => Input.Id == 0 ? $"Nieuw: {LearningLabels.Of(Input.Kind).ToLowerInvariant()}" : $"Bewerken: {StoredTitle}";

    protected override async Task OnInitializedAsync()
    {
        var posted = Input;
        Input ??= LessonInput.New(KindFromQuery());
        Input.Levels ??= [];
        // the page renders while it waits for the database: the form needs its context from the start
        Context = new EditContext(Input);
        var id = Id ?? (posted?.Id is > 0 ? posted.Id : 0);
        if (id != 0)
        {
            await using var db = await DbFactory.CreateDbContextAsync();
            var lesson = await db.Lessons.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id);
            if (lesson is null)
            {
                AnswerNotFound("Deze les bestaat niet (meer).");
            }
            else
            {
                (StoredSlug, StoredTitle, IsPublished) = (lesson.Slug, lesson.Title, lesson.IsPublished);
                CurrentAttachment = await db.LessonAttachments.Where(a => a.LessonId == id)
                    .Select(a => new AttachmentInfo(a.FileName, a.SizeBytes)).SingleOrDefaultAsync();
                if (posted is null)
                {
                    Input = LessonInput.From(lesson);
                }
                else
                {
                    // the kind is the stored one, whatever a post says
                    (Input.Id, Input.Kind) = (lesson.Id, lesson.Kind);
                }
            }
        }

        Context = new EditContext(Input);
    }

    private LessonKind KindFromQuery() => KindValue switch
    {
        "po" => LessonKind.PrimaryActivity,
        "loopbaan" => LessonKind.CareerOrientation,
        _ => LessonKind.LessonLetter,
    };

    private Task SubmitAsync() =>
        SubmitContentAsync(Writes, Input, "/beheer/leren", id => $"/beheer/leren/lessen/{id}");
}
