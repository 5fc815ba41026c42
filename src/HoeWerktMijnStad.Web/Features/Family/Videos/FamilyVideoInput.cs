using System.Text.RegularExpressions;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Features.Catalogue;
using HoeWerktMijnStad.Web.Features.Learning;

namespace HoeWerktMijnStad.Web.Features.Family.Videos;

/// <summary>The family video editor's form. The video comes from an uploaded file or a YouTube link; a stored
/// file stays unless a new file or a YouTube link replaces it.</summary>
public sealed class FamilyVideoInput
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
    public IEnumerable<(string Field, string Message)> Check(bool hasStoredFile, string? storedYouTubeId = null, bool hasStoredCaptions = false)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return (nameof(Title), "Geef de video een titel.");
        }
        else if (Title.Trim().Length > 200)
        {
            yield return (nameof(Title), "De titel mag hoogstens 200 tekens zijn.");
        }

        if (!string.IsNullOrWhiteSpace(Slug) && !Regex.IsMatch(Slug.Trim(), Slugs.Pattern))
        {
            yield return (nameof(Slug), "De webnaam bestaat uit kleine letters, cijfers en losse streepjes, bijvoorbeeld 'van-duin-tot-kraan'.");
        }
        else if ((Slug?.Trim().Length ?? 0) > 80)
        {
            yield return (nameof(Slug), "De webnaam mag hoogstens 80 tekens zijn.");
        }

        if (!Enum.IsDefined(Utility))
        {
            yield return (nameof(Utility), "Kies waar de video over gaat.");
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            yield return (nameof(Description), "Beschrijf in twee of drie zinnen wat je in de video ziet en leert. Zo weet iedereen waar hij over gaat, ook wie hem niet kan zien of horen.");
        }
        else if (Description.Trim().Length > FamilyVideo.MaxDescription)
        {
            yield return (nameof(Description), $"De beschrijving mag hoogstens {FamilyVideo.MaxDescription:N0} tekens zijn; nu zijn het er {Description.Trim().Length:N0}.");
        }

        if ((Transcript?.Trim().Length ?? 0) > FamilyVideo.MaxTranscript)
        {
            yield return (nameof(Transcript), $"De uitgeschreven tekst mag hoogstens {FamilyVideo.MaxTranscript:N0} tekens zijn; nu zijn het er {Transcript!.Trim().Length:N0}.");
        }

        if (Minutes is < 0 or > 60 || Seconds is < 0 or > 59 || TotalSeconds is < 1 or > 3600)
        {
            yield return (nameof(Minutes), "Vul in hoe lang de video duurt: minuten (0 tot 60) en seconden (0 tot 59), samen minstens 1 seconde.");
        }

        var typedYouTubeId = string.IsNullOrWhiteSpace(YouTubeLink) ? null : VideoLinks.IdFrom(YouTubeLink);
        if (HasNewFile && !string.IsNullOrWhiteSpace(YouTubeLink) && (storedYouTubeId is null || typedYouTubeId != storedYouTubeId))
        {
            yield return (nameof(YouTubeLink), "Kies één bron: upload een bestand óf plak een YouTube-link, niet allebei.");
        }
        else if (!HasNewFile && !string.IsNullOrWhiteSpace(YouTubeLink) && YouTubeId is null)
        {
            yield return (nameof(YouTubeLink), "Dit is geen YouTube-link die we kennen. Plak de link uit de adresbalk of onder 'Delen', bijvoorbeeld https://www.youtube.com/watch?v=… of https://youtu.be/….");
        }
        else if (!HasNewFile && string.IsNullOrWhiteSpace(YouTubeLink) && !hasStoredFile)
        {
            yield return (nameof(File), "Upload een videobestand (WebM of MP4) of plak een YouTube-link.");
        }

        if (HasNewCaptions && RemoveCaptions && hasStoredCaptions)
        {
            yield return (nameof(Captions), "Je koos nieuwe ondertitels én 'De huidige ondertitels verwijderen'. Kies één van de twee.");
        }
        else if (HasNewCaptions && !HasNewFile && !string.IsNullOrWhiteSpace(YouTubeLink))
        {
            yield return (nameof(Captions), "Ondertitels horen bij een videobestand dat je hier uploadt. Een YouTube-video krijgt zijn ondertitels op YouTube.");
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
        video.PublishedAt = Learning.Admin.EditorAction.PublishedAt(Action, video.PublishedAt, now);
        video.UpdatedAt = now;
    }
}
