using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Infrastructure.Markdown;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>The tour editor's form: the tour itself; its steps have their own page.</summary>
public sealed class TourInput : IContentInput
{
    public int Id { get; set; }
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public string? IntroMarkdown { get; set; }
    public int? PartnerId { get; set; }
    public string? Action { get; set; }

    public static TourInput From(VirtualTour tour) => new()
    {
        Id = tour.Id,
        Title = tour.Title,
        Slug = tour.Slug,
        Summary = tour.Summary,
        IntroMarkdown = tour.IntroMarkdown,
        PartnerId = tour.PartnerId,
    };

    public IEnumerable<FieldError> Check()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return new(nameof(Title), "TourTitleMissing");
        }
        else if (Title.Trim().Length > 200)
        {
            yield return new(nameof(Title), "TitleTooLong");
        }

        if (!string.IsNullOrWhiteSpace(Slug) && (!System.Text.RegularExpressions.Regex.IsMatch(Slug.Trim(), Slugs.Pattern) || Slug.Trim().Length > 80))
        {
            yield return new(nameof(Slug), "TourSlugPattern");
        }

        if ((Summary?.Trim().Length ?? 0) > 400)
        {
            yield return new(nameof(Summary), "SummaryTooLong");
        }

        if ((IntroMarkdown?.Length ?? 0) > 10_000)
        {
            yield return new(nameof(IntroMarkdown), "IntroTooLong");
        }

        if (MarkdownRenderer.IsTooDeep(IntroMarkdown))
        {
            yield return new(nameof(IntroMarkdown), ContentCodes.TooDeep);
        }

        if (PartnerId is null or <= 0)
        {
            yield return new(nameof(PartnerId), "TourPartnerMissing");
        }
    }

    public void ApplyTo(VirtualTour tour, string slug, DateTimeOffset now)
    {
        tour.Slug = slug;
        tour.Title = Title!.Trim();
        tour.Summary = Summary?.Trim() ?? "";
        tour.IntroMarkdown = IntroMarkdown ?? "";
        tour.PartnerId = PartnerId!.Value;
        tour.PublishedAt = EditorAction.PublishedAt(Action, tour.PublishedAt, now);
        tour.UpdatedAt = now;
    }
}

/// <summary>The step list's buttons: "omhoog:12", "omlaag:12" or "weg:12".</summary>
public sealed class StepListInput
{
    public int TourId { get; set; }
    public string? Move { get; set; }

    public (string Verb, int StepId)? Parsed => Move?.Split(':') is [var verb, var id] && int.TryParse(id, out var stepId)
        && verb is "omhoog" or "omlaag" or "weg" ? (verb, stepId) : null;
}
