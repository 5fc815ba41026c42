namespace HoeWerktMijnStad.Data.Family;

/// <summary>A video about how one of the house's utilities works, for the family corner. It plays either from a
/// file we host ourselves (<see cref="File"/>) or from YouTube through youtube-nocookie.com
/// (<see cref="YouTubeId"/>), never both; in either case the page loads nothing until the visitor presses play
/// (ADR 0016). Every video has a description in our own words, and a transcript when there is one.</summary>
public sealed class FamilyVideo : Conventions.IPublishedContent
{
    public const int MaxDescription = 1_000;
    public const int MaxTranscript = 20_000;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public Utility Utility { get; set; }

    /// <summary>What you see and learn, in two or three sentences.</summary>
    public required string Description { get; set; }

    /// <summary>Everything that is said and shown, one paragraph a blank line apart; empty when there is none.</summary>
    public string Transcript { get; set; } = "";

    /// <summary>How long it plays, for "ongeveer 2 minuten".</summary>
    public int Seconds { get; set; }

    public string? YouTubeId { get; set; }

    /// <summary>The SHA-256 (hex) of the hosted file: set exactly when there is a file, so the file's address
    /// changes with its content and can be cached for good.</summary>
    public string? FileHash { get; set; }

    public FamilyVideoFile? File { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsPublished => PublishedAt is not null;
}

/// <summary>A video file we host: WebM or MP4, checked by its bytes, kept in the database like lesson PDFs and
/// partner images (ADR 0006) so every web node serves the same bytes.</summary>
public sealed class FamilyVideoFile
{
    public const int MaxBytes = 40 * 1024 * 1024;
    public const int MaxCaptions = 200_000;

    public int VideoId { get; set; }

    /// <summary>video/webm or video/mp4, decided from the bytes.</summary>
    public required string ContentType { get; set; }

    public required byte[] Bytes { get; set; }
    public int SizeBytes { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Captions in WebVTT, for a video with speech (WCAG 1.2.2); null when there are none.</summary>
    public string? Captions { get; set; }
}
