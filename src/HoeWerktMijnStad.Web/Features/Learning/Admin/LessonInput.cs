using HoeWerktMijnStad.Web.Features.Content;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Infrastructure.Markdown;

namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

/// <summary>The lesson editor's form: a lesson letter, a po activity or a career-orientation activity.</summary>
public sealed class LessonInput : IContentInput
{
    public int Id { get; set; }
    public LessonKind Kind { get; set; }
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public List<Choice<EducationLevel>> Levels { get; set; } = [];
    public int? GroupFrom { get; set; }
    public int? GroupTo { get; set; }
    public Theme Theme { get; set; } = Theme.Energie;
    public int? DurationMinutes { get; set; } = 45;
    public string? LearningGoals { get; set; }
    public string? BodyMarkdown { get; set; }
    public IFormFile? Attachment { get; set; }
    public bool RemoveAttachment { get; set; }
    public string? Action { get; set; }

    public static LessonInput New(LessonKind kind) => new()
    {
        Kind = kind,
        Levels = LevelChoices(kind switch
        {
            LessonKind.PrimaryActivity => [EducationLevel.Po],
            LessonKind.CareerOrientation => [EducationLevel.Vmbo],
            _ => [EducationLevel.Vmbo, EducationLevel.Mbo],
        }),
        GroupFrom = kind == LessonKind.PrimaryActivity ? 5 : null,
        GroupTo = kind == LessonKind.PrimaryActivity ? 6 : null,
        DurationMinutes = kind == LessonKind.LessonLetter ? 90 : 45,
    };

    public static LessonInput From(Lesson lesson) => new()
    {
        Id = lesson.Id,
        Kind = lesson.Kind,
        Title = lesson.Title,
        Slug = lesson.Slug,
        Summary = lesson.Summary,
        Levels = LevelChoices(lesson.Levels),
        GroupFrom = lesson.GroupFrom,
        GroupTo = lesson.GroupTo,
        Theme = lesson.Theme,
        DurationMinutes = lesson.DurationMinutes,
        LearningGoals = lesson.LearningGoals,
        BodyMarkdown = lesson.BodyMarkdown,
    };

    /// <summary>The level checkboxes the learning line offers (po, vmbo, mbo), ticked where chosen.</summary>
    public static List<Choice<EducationLevel>> LevelChoices(IEnumerable<EducationLevel> selected)
    {
        var ticked = selected.ToHashSet();
        return LearningLabels.LessonLevels.Select(l => new Choice<EducationLevel> { Value = l, Selected = ticked.Contains(l) }).ToList();
    }

    public IEnumerable<FieldError> Check()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return new(nameof(Title), "LessonTitleMissing");
        }
        else if (Title.Trim().Length > 200)
        {
            yield return new(nameof(Title), "TitleTooLong");
        }

        if (!string.IsNullOrWhiteSpace(Slug) && !System.Text.RegularExpressions.Regex.IsMatch(Slug.Trim(), Slugs.Pattern))
        {
            yield return new(nameof(Slug), "LessonSlugPattern");
        }
        else if ((Slug?.Trim().Length ?? 0) > 80)
        {
            yield return new(nameof(Slug), "SlugTooLong");
        }

        if ((Summary?.Trim().Length ?? 0) > 400)
        {
            yield return new(nameof(Summary), "SummaryTooLong");
        }

        var levels = SelectedLevels();
        if (levels.Count == 0)
        {
            yield return new(nameof(Levels), "LevelsMissing");
        }
        else if (levels.Any(l => !LearningLabels.LessonLevels.Contains(l)))
        {
            yield return new(nameof(Levels), "LevelsUnknown");
        }

        if (Kind == LessonKind.PrimaryActivity && (GroupFrom is null || GroupTo is null))
        {
            yield return new(nameof(GroupFrom), "GroupsMissing");
        }
        else if (GroupFrom is not null || GroupTo is not null)
        {
            if (GroupFrom is not (>= 1 and <= 8) || GroupTo is not (>= 1 and <= 8) || GroupTo < GroupFrom)
            {
                yield return new(nameof(GroupFrom), "GroupsOutOfRange");
            }
        }

        if (DurationMinutes is not (>= 5 and <= 1440))
        {
            yield return new(nameof(DurationMinutes), "DurationOutOfRange");
        }

        if ((LearningGoals?.Length ?? 0) > 2_000)
        {
            yield return new(nameof(LearningGoals), "GoalsTooLong");
        }

        if ((BodyMarkdown?.Length ?? 0) > Lesson.MaxBody)
        {
            yield return new(nameof(BodyMarkdown), "LessonBodyTooLong", Lesson.MaxBody, BodyMarkdown!.Length);
        }

        if (MarkdownRenderer.IsTooDeep(BodyMarkdown))
        {
            yield return new(nameof(BodyMarkdown), ContentCodes.TooDeep);
        }

        if (Attachment is not null && Kind != LessonKind.LessonLetter)
        {
            yield return new(nameof(Attachment), "AttachmentOnlyForLetters");
        }
    }

    public List<EducationLevel> SelectedLevels() => Components.Shared.Choices.Selected(Levels);

    public void ApplyTo(Lesson lesson, string slug, DateTimeOffset now)
    {
        lesson.Slug = slug;
        lesson.Kind = Kind;
        lesson.Title = Title!.Trim();
        lesson.Summary = Summary?.Trim() ?? "";
        lesson.Levels = SelectedLevels();
        (lesson.GroupFrom, lesson.GroupTo) = GroupFrom is null || GroupTo is null ? (null, null) : (GroupFrom, GroupTo);
        lesson.Theme = Theme;
        lesson.DurationMinutes = DurationMinutes!.Value;
        lesson.LearningGoals = LearningGoals?.Trim() ?? "";
        lesson.BodyMarkdown = BodyMarkdown ?? "";
        lesson.PublishedAt = EditorAction.PublishedAt(Action, lesson.PublishedAt, now);
        lesson.UpdatedAt = now;
    }
}
