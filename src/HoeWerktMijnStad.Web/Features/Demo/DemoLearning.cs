using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Learning;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>The demo learning line: lesson letters, po and vmbo activities, virtual tours of two demo partners
/// and best practices, all published. Loaded once into a database without learning content (also one that
/// has the demo catalogue from before this content existed); a second run adds nothing.</summary>
internal static partial class DemoLearning
{
    private sealed record LessonRow(string Slug, string Title, LessonKind Kind, EducationLevel[] Levels, int? From, int? To, Theme Theme,
        int Minutes, string Summary, string Goals, string Body, string[]? Pdf = null);

    private sealed record StepRow(string Title, string Scene, string Alt, string Text);

    private sealed record TourRow(string Slug, string Title, string PartnerSlug, string Summary, string Intro, StepRow[] Steps);

    private sealed record PracticeRow(string Slug, string Title, string? PartnerSlug, string Summary, string Body);

    public static int LessonLetterCount => Letters().Length;

    public static int PrimaryActivityCount => Activities().Count(a => a.Kind == LessonKind.PrimaryActivity);

    /// <summary>Adds the demo learning content when there is none; returns the number of items added.</summary>
    public static async Task<int> EnsureAsync(AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Lessons.AnyAsync(cancellationToken) || await db.VirtualTours.AnyAsync(cancellationToken) || await db.BestPractices.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var lessons = Activities().Concat(Letters()).Select((row, i) => Lesson(row, now.AddMinutes(-i))).ToList();
        db.Lessons.AddRange(lessons);

        var partners = await db.Partners.Where(p => Tours().Select(t => t.PartnerSlug).Concat(Practices().Select(b => b.PartnerSlug)).Contains(p.Slug))
            .ToDictionaryAsync(p => p.Slug, p => p.Id, cancellationToken);
        var tours = Tours().Where(t => partners.ContainsKey(t.PartnerSlug)).Select(t => Tour(t, partners[t.PartnerSlug], now)).ToList();
        db.VirtualTours.AddRange(tours);
        var practices = Practices().Select(b => new BestPractice
        {
            Slug = b.Slug, Title = b.Title, Summary = b.Summary, BodyMarkdown = b.Body,
            PartnerId = b.PartnerSlug is not null && partners.TryGetValue(b.PartnerSlug, out var id) ? id : null,
            PublishedAt = now, UpdatedAt = now,
        }).ToList();
        db.BestPractices.AddRange(practices);
        await db.SaveChangesAsync(cancellationToken);
        return lessons.Count + tours.Count + practices.Count;
    }

    private static Lesson Lesson(LessonRow row, DateTimeOffset at) => new()
    {
        Slug = row.Slug, Title = row.Title, Kind = row.Kind, Levels = [.. row.Levels], GroupFrom = row.From, GroupTo = row.To, Theme = row.Theme,
        DurationMinutes = row.Minutes, Summary = row.Summary, LearningGoals = row.Goals, BodyMarkdown = row.Body, PublishedAt = at, UpdatedAt = at,
        Attachment = row.Pdf is null ? null : Attachment(row, at),
    };

    private static LessonAttachment Attachment(LessonRow row, DateTimeOffset at)
    {
        var bytes = DemoPdf.Create(row.Title, row.Pdf!);
        return new LessonAttachment { FileName = PdfFiles.SafeFileName($"lesbrief {row.Slug}", row.Slug), Bytes = bytes, SizeBytes = bytes.Length, UploadedAt = at };
    }

    private static VirtualTour Tour(TourRow row, int partnerId, DateTimeOffset at) => new()
    {
        Slug = row.Slug, Title = row.Title, PartnerId = partnerId, Summary = row.Summary, IntroMarkdown = row.Intro, PublishedAt = at, UpdatedAt = at,
        Steps = row.Steps.Select((step, i) =>
        {
            var (bytes, width, height) = DemoIllustrations.Draw(step.Scene);
            return new TourStep
            {
                Position = i, Title = step.Title, TextMarkdown = step.Text,
                Image = new LearningImage
                {
                    Id = Guid.CreateVersion7(), AltText = step.Alt, ContentType = "image/webp", Bytes = bytes, Width = width, Height = height, UploadedAt = at,
                },
            };
        }).ToList(),
    };
}
