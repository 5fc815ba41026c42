using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;

namespace HoeWerktMijnStad.Web.Features.Learning;

/// <summary>Dutch names and URLs of the learning content.</summary>
public static class LearningLabels
{
    /// <summary>The levels a lesson can be for: the learning line runs from po through vmbo to mbo.</summary>
    public static readonly IReadOnlyList<EducationLevel> LessonLevels = [EducationLevel.Po, EducationLevel.Vmbo, EducationLevel.Mbo];

    /// <summary>The po bands the learning line shows its activities in.</summary>
    public static readonly IReadOnlyList<(int From, int To)> GroupBands = [(1, 2), (3, 4), (5, 6), (7, 8)];

    public static string Of(LessonKind kind) => kind switch
    {
        LessonKind.LessonLetter => "Lesbrief",
        LessonKind.PrimaryActivity => "Activiteit voor het basisonderwijs",
        LessonKind.CareerOrientation => "Loopbaanoriëntatie vmbo",
        _ => kind.ToString(),
    };

    public static string Groups(int? from, int? to) => (from, to) switch
    {
        (null, _) or (_, null) => "",
        var (f, t) when f == t => $"groep {f}",
        var (f, t) => $"groep {f} t/m {t}",
    };

    /// <summary>The public address of a lesson: lesson letters under /leren/lesbrieven, activities under /leren/activiteiten.</summary>
    public static string UrlOf(LessonKind kind, string slug) =>
        kind == LessonKind.LessonLetter ? $"/leren/lesbrieven/{slug}" : $"/leren/activiteiten/{slug}";

    public static string AttachmentUrlOf(string slug) => $"/leren/lesbrieven/{slug}/bijlage";

    public static string TourUrlOf(string slug) => $"/leren/rondleidingen/{slug}";

    public static string BestPracticeUrlOf(string slug) => $"/leren/goede-voorbeelden/{slug}";

    /// <summary>"3 februari 2027": the day in Amsterdam of a stored instant.</summary>
    public static string Day(DateTimeOffset at) =>
        Dates.Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Infrastructure.Time.AmsterdamTime.Zone).DateTime));

    /// <summary>The learning goals, one a line, without empty lines or list marks a leader may have typed.</summary>
    public static IReadOnlyList<string> Goals(string text) => text
        .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.TrimStart('-', '*', '•', ' '))
        .Where(line => line.Length > 0)
        .ToList();
}
