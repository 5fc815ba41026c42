namespace HoeWerktMijnStad.Web.Infrastructure.Time;

/// <summary>A Dutch public holiday on a given day.</summary>
public sealed record PublicHoliday(DateOnly Day, string Name);

/// <summary>The Dutch public holidays, computed rather than listed, so every year is right: New Year, Easter Sunday
/// and Monday, King's Day (27 April, or the 26th when the 27th is a Sunday), Liberation Day (5 May, every year),
/// Ascension, Whit Sunday and Monday, Christmas Day and Boxing Day. Slot series skip all of them; which of them
/// count as days off for the answer deadline is <see cref="WorkingDays"/>' business.</summary>
public static class PublicHolidays
{
    public static IReadOnlyList<PublicHoliday> Of(int year)
    {
        var easter = WorkingDays.EasterSunday(year);
        var kingsDay = new DateOnly(year, 4, 27);
        if (kingsDay.DayOfWeek == DayOfWeek.Sunday)
        {
            kingsDay = kingsDay.AddDays(-1);
        }

        return
        [
            new(new DateOnly(year, 1, 1), "Nieuwjaarsdag"),
            new(easter, "Eerste paasdag"),
            new(easter.AddDays(1), "Tweede paasdag"),
            new(kingsDay, "Koningsdag"),
            new(new DateOnly(year, 5, 5), "Bevrijdingsdag"),
            new(easter.AddDays(39), "Hemelvaartsdag"),
            new(easter.AddDays(49), "Eerste pinksterdag"),
            new(easter.AddDays(50), "Tweede pinksterdag"),
            new(new DateOnly(year, 12, 25), "Eerste kerstdag"),
            new(new DateOnly(year, 12, 26), "Tweede kerstdag"),
        ];
    }

    /// <summary>The holiday on this day, if any.</summary>
    public static PublicHoliday? On(DateOnly day) => Of(day.Year).FirstOrDefault(h => h.Day == day);
}
