using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>Saves and deletes lessons: a lesson letter may carry a PDF, read and checked by its bytes.</summary>
public sealed class LessonWrites(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
    : ContentWrites<Lesson, LessonInput, PdfCheck?>(dbFactory, clock)
{
    protected override string AuditNoun => "Les";

    protected override string GoneCode => "LessonGone";

    protected override DbSet<Lesson> Items(AppDbContext db) => db.Lessons;

    protected override Lesson Create(string slug) => new() { Slug = slug, Title = "" };

    protected override string AuditNounOf(Lesson item) => LearningLabels.Of(item.Kind);

    protected override Task<Lesson?> LoadAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        db.Lessons.Include(l => l.Attachment).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

    protected override async Task<(List<FieldError> Errors, PdfCheck? Files)> CheckAsync(AppDbContext db, LessonInput input, CancellationToken cancellationToken)
    {
        var errors = input.Check().ToList();
        PdfCheck? pdf = null;
        if (errors.Count == 0 && input.Attachment is { Length: > 0 } && !input.RemoveAttachment)
        {
            pdf = await PdfFiles.ReadAsync(input.Attachment, cancellationToken);
            if (pdf.Error is { } error)
            {
                errors.Add(error with { Field = nameof(LessonInput.Attachment) });
            }
        }

        return (errors, pdf);
    }

    protected override Task ApplyAsync(AppDbContext db, Lesson lesson, LessonInput input, string slug, PdfCheck? pdf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        input.ApplyTo(lesson, slug, now);
        if (input.RemoveAttachment && lesson.Attachment is not null)
        {
            db.LessonAttachments.Remove(lesson.Attachment);
        }
        else if (pdf?.Bytes is { } bytes)
        {
            lesson.Attachment ??= new LessonAttachment { FileName = "", Bytes = [] };
            lesson.Attachment.FileName = PdfFiles.SafeFileName(input.Attachment!.FileName, slug);
            (lesson.Attachment.Bytes, lesson.Attachment.SizeBytes, lesson.Attachment.UploadedAt) = (bytes, bytes.Length, now);
        }

        return Task.CompletedTask;
    }
}
