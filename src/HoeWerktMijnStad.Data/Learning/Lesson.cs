using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data.Learning;

/// <summary>The three kinds of item in the learning line "de duurzame stad van mijn toekomst" (seed 000:1064-1070):
/// activities for po groups 1-8, career orientation for vmbo, and lesson letters for upper vmbo and mbo. They
/// share one shape, so one table, one editor and one page serve all three.</summary>
public enum LessonKind
{
    LessonLetter,
    PrimaryActivity,
    CareerOrientation,
}

/// <summary>A lesson letter or learning-line activity, written by the programme leader in Markdown. A draft
/// until it is published (<see cref="PublishedAt"/> set); only published ones are public.</summary>
public sealed class Lesson : Conventions.IPublishedContent
{
    public const int MaxBody = 40_000;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public LessonKind Kind { get; set; }

    /// <summary>One or two sentences for the lists.</summary>
    public string Summary { get; set; } = "";

    public List<EducationLevel> Levels { get; set; } = [];

    /// <summary>For po activities: the groups (1-8) it suits, for instance 5 to 6.</summary>
    public int? GroupFrom { get; set; }
    public int? GroupTo { get; set; }

    public Theme Theme { get; set; }
    public int DurationMinutes { get; set; }

    /// <summary>One learning goal a line ("De leerling kan ...").</summary>
    public string LearningGoals { get; set; } = "";

    public string BodyMarkdown { get; set; } = "";
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public LessonAttachment? Attachment { get; set; }

    public bool IsPublished => PublishedAt is not null;
}

/// <summary>The optional PDF of a lesson letter, stored in the database like partner images (ADR 0006), so
/// every web node serves the same bytes. The database itself refuses anything that does not start as a PDF.</summary>
public sealed class LessonAttachment
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public int LessonId { get; set; }

    /// <summary>A safe name (letters, digits, dashes, ".pdf"), used for the download.</summary>
    public required string FileName { get; set; }

    public required byte[] Bytes { get; set; }
    public int SizeBytes { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
