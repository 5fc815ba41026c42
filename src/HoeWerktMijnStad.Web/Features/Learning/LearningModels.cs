using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Bookings;

namespace HoeWerktMijnStad.Web.Features.Learning;

/// <summary>What the lists show of a lesson letter or learning-line activity.</summary>
public sealed record LessonCard(string Slug, string Title, LessonKind Kind, string Summary, List<EducationLevel> Levels,
    int? GroupFrom, int? GroupTo, Theme Theme, int DurationMinutes, bool HasAttachment, bool IsPublished)
{
    public string Url => LearningLabels.UrlOf(Kind, Slug);
}

public sealed record AttachmentInfo(string FileName, int SizeBytes);

public sealed record LessonDetail(int Id, LessonCard Card, string LearningGoals, string BodyMarkdown, AttachmentInfo? Attachment, DateTimeOffset UpdatedAt);

public sealed record TourCard(string Slug, string Title, string Summary, string PartnerName, string PartnerSlug, int StepCount,
    Guid? CoverImageId, string? CoverAlt, bool IsPublished)
{
    public string Url => LearningLabels.TourUrlOf(Slug);
}

public sealed record TourStepView(int Id, string Title, string TextMarkdown, Guid? ImageId, string? AltText, int Width, int Height, string? VideoId);

public sealed record TourDetail(int Id, TourCard Card, string IntroMarkdown, int PartnerId, List<TourStepView> Steps, List<BookableActivity> Activities);

public sealed record BestPracticeCard(string Slug, string Title, string Summary, string? PartnerName, string? PartnerSlug,
    DateTimeOffset? PublishedAt, bool FromEvaluation)
{
    public bool IsPublished => PublishedAt is not null;

    public string Url => LearningLabels.BestPracticeUrlOf(Slug);
}

public sealed record BestPracticeDetail(int Id, BestPracticeCard Card, string BodyMarkdown);

/// <summary>The learning line's overview: everything published, by kind.</summary>
public sealed record LearningLine(List<LessonCard> PrimaryActivities, List<LessonCard> CareerActivities, List<LessonCard> LessonLetters,
    int LessonLetterCount, List<TourCard> Tours, int BestPracticeCount);
