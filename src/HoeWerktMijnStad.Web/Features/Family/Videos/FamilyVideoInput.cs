using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using System.Text.RegularExpressions;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Features.Learning;

namespace HoeWerktMijnStad.Web.Features.Family.Videos;

/// <summary>The family video editor's form. The video comes from an uploaded file or a YouTube link; a stored
/// file stays unless a new file or a YouTube link replaces it.</summary>
public sealed class FamilyVideoInput : IContentInput
{
    public int Id { get; set; }
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public Utility Utility { get; set; } = Utility.DrinkingWater;
    public string? Description { get; set; }
    public string? Transcript { get; set; }
    public int? Minutes { get; set; }
    public int? Seconds { get; set; }
    public string? YouTubeLink { get; set; }
    public IFormFile? File { get; set; }
    public IFormFile? Captions { get; set; }
    public bool RemoveCaptions { get; set; }
    public string? Action { get; set; }

    public static FamilyVideoInput From(FamilyVideo video) => new()
    {
        Id = video.Id,
        Title = video.Title,
        Slug = video.Slug,
        Utility = video.Utility,
        Description = video.Description,
        Transcript = video.Transcript,
        Minutes = video.Seconds / 60,
        Seconds = video.Seconds % 60,
        YouTubeLink = video.YouTubeId is null ? null : VideoLinks.WatchUrl(video.YouTubeId),
    };

    public int TotalSeconds => (Minutes ?? 0) * 60 + (Seconds ?? 0);

    public bool HasNewFile => File is { Length: > 0 };

    public bool HasNewCaptions => Captions is { Length: > 0 };

    /// <summary>The YouTube id of the pasted link, when there is one and no new file replaces it.</summary>
    public string? YouTubeId => HasNewFile || string.IsNullOrWhiteSpace(YouTubeLink) ? null : VideoLinks.IdFrom(YouTubeLink);

    /// <param name="hasStoredFile">Whether the video already has a hosted file that can stay.</param>
    /// <param name="storedYouTubeId">The video's YouTube id, if it has one: the form shows its link, and a new
    /// file may replace it without the leader emptying that field first.</param>
    /// <param name="hasStoredCaptions">Whether the hosted file has captions that could be removed.</param>
    public IEnumerable<FieldError> Check(bool hasStoredFile, string? storedYouTubeId = null, bool hasStoredCaptions = false)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return new(nameof(Title), "VideoTitleMissing");
        }
        else if (Title.Trim().Length > 200)
        {
            yield return new(nameof(Title), "TitleTooLong");
        }

        if (!string.IsNullOrWhiteSpace(Slug) && !Regex.IsMatch(Slug.Trim(), Slugs.Pattern))
        {
            yield return new(nameof(Slug), "VideoSlugPattern");
        }
        else if ((Slug?.Trim().Length ?? 0) > 80)
        {
            yield return new(nameof(Slug), "SlugTooLong");
        }

        if (!Enum.IsDefined(Utility))
        {
            yield return new(nameof(Utility), "VideoUtilityMissing");
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            yield return new(nameof(Description), "VideoDescriptionMissing");
        }
        else if (Description.Trim().Length > FamilyVideo.MaxDescription)
        {
            yield return new(nameof(Description), "VideoDescriptionTooLong", FamilyVideo.MaxDescription, Description.Trim().Length);
        }

        if ((Transcript?.Trim().Length ?? 0) > FamilyVideo.MaxTranscript)
        {
            yield return new(nameof(Transcript), "TranscriptTooLong", FamilyVideo.MaxTranscript, Transcript!.Trim().Length);
        }

        if (Minutes is < 0 or > 60 || Seconds is < 0 or > 59 || TotalSeconds is < 1 or > 3600)
        {
            yield return new(nameof(Minutes), "VideoLengthOutOfRange");
        }

        var typedYouTubeId = string.IsNullOrWhiteSpace(YouTubeLink) ? null : VideoLinks.IdFrom(YouTubeLink);
        if (HasNewFile && !string.IsNullOrWhiteSpace(YouTubeLink) && (storedYouTubeId is null || typedYouTubeId != storedYouTubeId))
        {
            yield return new(nameof(YouTubeLink), "VideoTwoSources");
        }
        else if (!HasNewFile && !string.IsNullOrWhiteSpace(YouTubeLink) && YouTubeId is null)
        {
            yield return new(nameof(YouTubeLink), "VideoLinkUnknown");
        }
        else if (!HasNewFile && string.IsNullOrWhiteSpace(YouTubeLink) && !hasStoredFile)
        {
            yield return new(nameof(File), "VideoSourceMissing");
        }

        if (HasNewCaptions && RemoveCaptions && hasStoredCaptions)
        {
            yield return new(nameof(Captions), "CaptionsTwoChoices");
        }
        else if (HasNewCaptions && !HasNewFile && !string.IsNullOrWhiteSpace(YouTubeLink))
        {
            yield return new(nameof(Captions), "CaptionsNeedFile");
        }
    }

    public void ApplyTo(FamilyVideo video, string slug, DateTimeOffset now)
    {
        video.Slug = slug;
        video.Title = Title!.Trim();
        video.Utility = Utility;
        video.Description = Description!.Trim();
        video.Transcript = Transcript?.Trim() ?? "";
        video.Seconds = TotalSeconds;
        video.PublishedAt = EditorAction.PublishedAt(Action, video.PublishedAt, now);
        video.UpdatedAt = now;
    }
}
