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
    public IEnumerable<(string Field, string Message)> Check(bool hasPhoto)
    {
        // the form only offers these two; anything else is a forged post the database would refuse
        if (Media is not (Photo or Video))
        {
            yield return (nameof(Media), "Kies of deze stap een foto of een video laat zien.");
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return (nameof(Title), "Geef de stap een titel, bijvoorbeeld 'In de werkplaats'.");
        }
        else if (Title.Trim().Length > 200)
        {
            yield return (nameof(Title), "De titel mag hoogstens 200 tekens zijn.");
        }

        if ((TextMarkdown?.Length ?? 0) > 4_000)
        {
            yield return (nameof(TextMarkdown), "De tekst bij een stap mag hoogstens 4.000 tekens zijn.");
        }

        if (MarkdownRenderer.IsTooDeep(TextMarkdown))
        {
            yield return (nameof(TextMarkdown), MarkdownRenderer.TooDeep);
        }

        if (Media == Video)
        {
            if (VideoLinks.IdFrom(VideoUrl) is null)
            {
                yield return (nameof(VideoUrl), "Plak de link van een YouTube-video, bijvoorbeeld https://www.youtube.com/watch?v=... of https://youtu.be/...");
            }

            // the video shows nothing until clicked, and not everyone can watch or hear it
            if (string.IsNullOrWhiteSpace(TextMarkdown))
            {
                yield return (nameof(TextMarkdown), "Vertel in de tekst wat er in de video gebeurt, voor wie hem niet kan bekijken of horen.");
            }

            yield break;
        }

        if (File is not { Length: > 0 } && !hasPhoto)
        {
            yield return (nameof(File), "Kies een foto voor deze stap.");
        }

        var alt = AltText?.Trim() ?? "";
        if (alt.Length == 0)
        {
            yield return (nameof(AltText), "Beschrijf wat er op de foto te zien is: dat lezen mensen die de foto niet kunnen zien.");
        }
        else if (alt.Length > MaxAltText)
        {
            yield return (nameof(AltText), $"Houd de beschrijving onder de {MaxAltText} tekens; het is nu {alt.Length}.");
        }
    }
}
