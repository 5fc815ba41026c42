using HoeWerktMijnStad.Web.Infrastructure.Time;

namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>A calendar month in Europe/Amsterdam and the instants it spans: a visit at 00:30 on the 1st belongs
/// to the new month, whatever the offset that night.</summary>
public sealed record MapMonth(DateOnly First)
{
    public DateTimeOffset From => AmsterdamTime.ToInstant(First, TimeOnly.MinValue).ToUniversalTime();

    public DateTimeOffset To => AmsterdamTime.ToInstant(First.AddMonths(1), TimeOnly.MinValue).ToUniversalTime();

    /// <summary>Partners who joined on or after this day are in their grace period: the month they joined and the next.</summary>
    public DateOnly GraceFrom => First.AddMonths(-1);

    public MapMonth Previous => new(First.AddMonths(-1));

    public string Name => First.ToString("MMMM yyyy", Components.Shared.Dates.Dutch);

    public static MapMonth Of(DateOnly day) => new(new DateOnly(day.Year, day.Month, 1));

    public static MapMonth Current(TimeProvider clock) => Of(AmsterdamTime.Today(clock));

    /// <summary>"2026-10" as in a query string.</summary>
    public static MapMonth? Parse(string? value) =>
        DateOnly.TryParseExact($"{value}-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? new MapMonth(day)
            : null;

    public override string ToString() => First.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
