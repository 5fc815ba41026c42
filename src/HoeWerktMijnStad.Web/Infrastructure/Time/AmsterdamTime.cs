namespace HoeWerktMijnStad.Web.Infrastructure.Time;

/// <summary>We store UTC and show and schedule in Europe/Amsterdam.</summary>
public static class AmsterdamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTime Now(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock));
}
