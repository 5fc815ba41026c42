using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Infrastructure.Markdown;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>The best-practice editor's form.</summary>
public sealed class BestPracticeInput : IContentInput
{
    public int Id { get; set; }
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public string? BodyMarkdown { get; set; }
    public int? PartnerId { get; set; }

    /// <summary>The consented evaluation it started from; checked again on every save.</summary>
    public int? SourceEvaluationId { get; set; }

    public string? Action { get; set; }

    public static BestPracticeInput From(BestPractice practice) => new()
    {
        Id = practice.Id,
        Title = practice.Title,
        Slug = practice.Slug,
        Summary = practice.Summary,
        BodyMarkdown = practice.BodyMarkdown,
        PartnerId = practice.PartnerId,
        SourceEvaluationId = practice.SourceEvaluationId,
    };

    public IEnumerable<FieldError> Check()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return new(nameof(Title), "PracticeTitleMissing");
        }
        else if (Title.Trim().Length > 200)
        {
            yield return new(nameof(Title), "TitleTooLong");
        }

        if (!string.IsNullOrWhiteSpace(Slug) && (!System.Text.RegularExpressions.Regex.IsMatch(Slug.Trim(), Slugs.Pattern) || Slug.Trim().Length > 80))
        {
            yield return new(nameof(Slug), "PracticeSlugPattern");
        }

        if ((Summary?.Trim().Length ?? 0) > 400)
        {
            yield return new(nameof(Summary), "SummaryTooLong");
        }

        if ((BodyMarkdown?.Length ?? 0) > Lesson.MaxBody)
        {
            yield return new(nameof(BodyMarkdown), "PracticeBodyTooLong", Lesson.MaxBody);
        }

        if (MarkdownRenderer.IsTooDeep(BodyMarkdown))
        {
            yield return new(nameof(BodyMarkdown), ContentCodes.TooDeep);
        }
    }

    public void ApplyTo(BestPractice practice, string slug, DateTimeOffset now)
    {
        practice.Slug = slug;
        practice.Title = Title!.Trim();
        practice.Summary = Summary?.Trim() ?? "";
        practice.BodyMarkdown = BodyMarkdown ?? "";
        practice.PartnerId = PartnerId is > 0 ? PartnerId : null;
        practice.SourceEvaluationId = SourceEvaluationId;
        practice.PublishedAt = EditorAction.PublishedAt(Action, practice.PublishedAt, now);
        practice.UpdatedAt = now;
    }
}
