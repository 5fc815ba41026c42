namespace HoeWerktMijnStad.Web.Infrastructure.Time;

/// <summary>Working days (Monday to Friday) counted on Amsterdam's calendar.</summary>
public static class WorkingDays
{
    /// <summary>The instant <paramref name="days"/> working days after <paramref name="from"/>, at the same time of
    /// day; a start in a weekend counts from the Monday after it at 00:00.</summary>
    public static DateTimeOffset Add(DateTimeOffset from, int days)
    {
        var local = TimeZoneInfo.ConvertTime(from, AmsterdamTime.Zone).DateTime;
        if (IsWeekend(local))
        {
            while (IsWeekend(local))
            {
                local = local.Date.AddDays(1);
            }
        }

        for (var counted = 0; counted < days;)
        {
            local = local.AddDays(1);
            if (!IsWeekend(local))
            {
                counted++;
            }
        }

        return AmsterdamTime.ToInstant(local);
    }

    private static bool IsWeekend(DateTime day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
