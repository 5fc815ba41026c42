using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Infrastructure.Markdown;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>One step of a tour: a title, a text, and a photo (uploaded) or a video (a YouTube link).</summary>
public sealed class TourStepInput
{
    public const string Photo = "foto";
    public const string Video = "video";
    public const int MaxAltText = 250;

    public int TourId { get; set; }
    public int StepId { get; set; }
    public string? Title { get; set; }
    public string? TextMarkdown { get; set; }
    public string? Media { get; set; } = Photo;
    public IFormFile? File { get; set; }
    public string? AltText { get; set; }
    public string? VideoUrl { get; set; }
    public string? Action { get; set; }

    public static TourStepInput From(TourStep step, string? altText) => new()
    {
        TourId = step.TourId,
        StepId = step.Id,
        Title = step.Title,
        TextMarkdown = step.TextMarkdown,
        Media = step.VideoId is null ? Photo : Video,
        AltText = altText,
        VideoUrl = step.VideoId is null ? null : VideoLinks.WatchUrl(step.VideoId),
    };

    /// <summary>The form's own checks; <paramref name="hasPhoto"/> says the step has a photo already.</summary>
    public IEnumerable<FieldError> Check(bool hasPhoto)
    {
        // the form only offers these two; anything else is a forged post the database would refuse
        if (Media is not (Photo or Video))
        {
            yield return new(nameof(Media), "StepMediaMissing");
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return new(nameof(Title), "StepTitleMissing");
        }
        else if (Title.Trim().Length > 200)
        {
            yield return new(nameof(Title), "TitleTooLong");
        }

        if ((TextMarkdown?.Length ?? 0) > 4_000)
        {
            yield return new(nameof(TextMarkdown), "StepTextTooLong");
        }

        if (MarkdownRenderer.IsTooDeep(TextMarkdown))
        {
            yield return new(nameof(TextMarkdown), ContentCodes.TooDeep);
        }

        if (Media == Video)
        {
            if (VideoLinks.IdFrom(VideoUrl) is null)
            {
                yield return new(nameof(VideoUrl), "StepVideoLink");
            }

            // the video shows nothing until clicked, and not everyone can watch or hear it
            if (string.IsNullOrWhiteSpace(TextMarkdown))
            {
                yield return new(nameof(TextMarkdown), "StepVideoNeedsText");
            }

            yield break;
        }

        if (File is not { Length: > 0 } && !hasPhoto)
        {
            yield return new(nameof(File), "StepPhotoMissing");
        }

        var alt = AltText?.Trim() ?? "";
        if (alt.Length == 0)
        {
            yield return new(nameof(AltText), "AltTextMissing");
        }
        else if (alt.Length > MaxAltText)
        {
            yield return new(nameof(AltText), "AltTextTooLong", MaxAltText, alt.Length);
        }
    }
}
