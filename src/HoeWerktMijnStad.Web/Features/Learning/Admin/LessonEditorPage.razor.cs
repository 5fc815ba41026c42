using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Audit;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>The leader writes a lesson letter or learning-line activity: Markdown with a preview, a PDF, draft or published.</summary>
public sealed partial class LessonEditorPage : ContentEditorPage
{
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
            // by its key: the database removes the attachment with it, in the same transaction as the log line
            db.Lessons.Remove(new Lesson { Id = Input.Id, Slug = "", Title = "" });
            db.Record(user, "Les verwijderd", StoredTitle);
            await db.TrySaveChangesAsync();
            Flash.Success<LearningText>("Removed", StoredTitle);
            Navigation.NavigateTo("/beheer/leren");
            return;
        }

        var errors = Input.Check().ToList();
        var slug = EditorAction.SlugOf(Input.Slug, Input.Title ?? "");
        if (errors.Count == 0 && slug.Length == 0)
        {
            errors.Add((nameof(LessonInput.Slug), EditorAction.NoSlug));
        }

        if (errors.Count == 0 && await db.Lessons.Where(l => l.Slug == slug && l.Id != Input.Id).Select(l => l.Title).FirstOrDefaultAsync() is { } other)
        {
            errors.Add((nameof(LessonInput.Slug), EditorAction.SlugTaken(slug, other)));
        }

        PdfCheck? pdf = null;
        if (errors.Count == 0 && Input.Attachment is { Length: > 0 } && !Input.RemoveAttachment)
        {
            pdf = await PdfFiles.ReadAsync(Input.Attachment);
            if (pdf.Error is { } error)
            {
                errors.Add((nameof(LessonInput.Attachment), error));
            }
        }

        if (errors.Count > 0)
        {
            Show(errors);
            return;
        }

        var now = Clock.GetUtcNow();
        var lesson = Input.Id == 0 ? null : await db.Lessons.Include(l => l.Attachment).SingleOrDefaultAsync(l => l.Id == Input.Id);
        if (Input.Id != 0 && lesson is null)
        {
            Show([("", "Deze les is intussen verwijderd.")]);
            return;
        }

        var wasPublished = lesson?.IsPublished ?? false;
        lesson ??= db.Lessons.Add(new Lesson { Slug = slug, Title = "" }).Entity;
        Input.ApplyTo(lesson, slug, now);
        if (Input.RemoveAttachment && lesson.Attachment is not null)
        {
            db.LessonAttachments.Remove(lesson.Attachment);
        }
        else if (pdf?.Bytes is { } bytes)
        {
            lesson.Attachment ??= new LessonAttachment { FileName = "", Bytes = [] };
            lesson.Attachment.FileName = PdfFiles.SafeFileName(Input.Attachment!.FileName, slug);
            (lesson.Attachment.Bytes, lesson.Attachment.SizeBytes, lesson.Attachment.UploadedAt) = (bytes, bytes.Length, now);
        }

        db.Record(user, $"{LearningLabels.Of(lesson.Kind)} {(lesson.IsPublished ? "gepubliceerd" : "opgeslagen als concept")}", lesson.Title);
        if (!await db.TrySaveChangesAsync())
        {
            Show([(nameof(LessonInput.Slug), EditorAction.SlugJustTaken(slug))]);
            return;
        }

        Flash.Success<LearningText>(EditorAction.Done(Input.Action, wasPublished), lesson.Title);
        Navigation.NavigateTo($"/beheer/leren/lessen/{lesson.Id}");
    }
}
