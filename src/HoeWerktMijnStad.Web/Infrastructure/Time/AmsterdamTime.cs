namespace HoeWerktMijnStad.Web.Infrastructure.Time;

/// <summary>We store UTC and show and schedule in Europe/Amsterdam.</summary>
public static class AmsterdamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTime Now(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock));

    /// <summary>An instant as Amsterdam's wall clock shows it, in Dutch ("7 dec 2026 18:40").</summary>
    public static string Format(DateTimeOffset instant, string format) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString(format, Components.Shared.Dates.Dutch);

    /// <summary>The instant of a wall-clock time in Amsterdam (a time the clock skips in spring counts as the
    /// hour after; one it repeats in autumn as the first).</summary>
    public static DateTimeOffset ToInstant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(unspecified) ? Zone.GetAmbiguousTimeOffsets(unspecified).Max() : Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    public static DateTimeOffset ToInstant(DateOnly day, TimeOnly time) => ToInstant(day.ToDateTime(time));
}
