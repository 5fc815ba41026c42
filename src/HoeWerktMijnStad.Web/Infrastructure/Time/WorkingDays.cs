namespace HoeWerktMijnStad.Web.Infrastructure.Time;

/// <summary>Working days on Amsterdam's calendar: Monday to Friday, except the Dutch public holidays on which
/// companies and schools are closed (New Year, Easter Monday, King's Day, Ascension, Whit Monday, Christmas,
/// and Liberation Day in lustrum years).</summary>
public static class WorkingDays
{
    /// <summary>The instant <paramref name="days"/> working days after <paramref name="from"/>, at the same time of
    /// day; a start on a day off counts from 00:00 on the next working day.</summary>
    public static DateTimeOffset Add(DateTimeOffset from, int days)
    {
        var local = TimeZoneInfo.ConvertTime(from, AmsterdamTime.Zone).DateTime;
        while (!IsWorkingDay(DateOnly.FromDateTime(local)))
        {
            local = local.Date.AddDays(1);
        }

        for (var counted = 0; counted < days;)
        {
            local = local.AddDays(1);
            if (IsWorkingDay(DateOnly.FromDateTime(local)))
            {
                counted++;
            }
        }

        return AmsterdamTime.ToInstant(local);
    }

    /// <summary>The instant <paramref name="days"/> working days before <paramref name="to"/>, at the same time of day.</summary>
    public static DateTimeOffset Subtract(DateTimeOffset to, int days)
    {
        var local = TimeZoneInfo.ConvertTime(to, AmsterdamTime.Zone).DateTime;
        for (var counted = 0; counted < days;)
        {
            local = local.AddDays(-1);
            if (IsWorkingDay(DateOnly.FromDateTime(local)))
            {
                counted++;
            }
        }

        return AmsterdamTime.ToInstant(local);
    }

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    public static bool IsPublicHoliday(DateOnly day)
    {
        var easter = EasterSunday(day.Year);
        var kingsDay = new DateOnly(day.Year, 4, 27);
        if (kingsDay.DayOfWeek == DayOfWeek.Sunday)
        {
            kingsDay = kingsDay.AddDays(-1);
        }

        return day == new DateOnly(day.Year, 1, 1)
            || day == easter.AddDays(1)
            || day == kingsDay
            || (day == new DateOnly(day.Year, 5, 5) && day.Year % 5 == 0)
            || day == easter.AddDays(39)
            || day == easter.AddDays(50)
            || day == new DateOnly(day.Year, 12, 25)
            || day == new DateOnly(day.Year, 12, 26);
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var dayOfMonth = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
