using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data.Learning;

/// <summary>A virtual tour of a partner (seed 000:1118-1120): ordered steps, each a photo or a video with text,
/// for when a visit cannot go ahead. Links to the partner's page and its bookable activities.</summary>
public sealed class VirtualTour : Conventions.IPublishedContent
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string IntroMarkdown { get; set; } = "";
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<TourStep> Steps { get; set; } = [];

    public bool IsPublished => PublishedAt is not null;
}

/// <summary>One step of a tour: a photo (an uploaded, re-encoded <see cref="LearningImage"/>) or a YouTube
/// video (shown through youtube-nocookie only after the visitor clicks), with a title and text.</summary>
public sealed class TourStep
{
    public const string VideoIdPattern = "^[A-Za-z0-9_-]{11}$";

    public int Id { get; set; }
    public int TourId { get; set; }

    /// <summary>The step's place in the tour, from 0; the editor renumbers on every change.</summary>
    public int Position { get; set; }

    public required string Title { get; set; }
    public string TextMarkdown { get; set; } = "";
    public Guid? ImageId { get; set; }
    public LearningImage? Image { get; set; }
    public string? VideoId { get; set; }
}

/// <summary>A photo for the learning content (a tour step, or the leader's image library for Markdown),
/// checked and re-encoded exactly as partner images are (ADR 0006).</summary>
public sealed class LearningImage
{
    public Guid Id { get; set; }
    public string AltText { get; set; } = "";
    public required string ContentType { get; set; }
    public required byte[] Bytes { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Uploaded through the image library (for use in Markdown), not as a tour step's photo.</summary>
    public bool InLibrary { get; set; }

    public string Url => UrlOf(Id);

    public static string UrlOf(Guid id) => $"/leren/afbeeldingen/{id:N}";
}
