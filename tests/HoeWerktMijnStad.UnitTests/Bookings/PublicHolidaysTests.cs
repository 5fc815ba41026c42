using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Time;

namespace HoeWerktMijnStad.UnitTests.Bookings;

/// <summary>The computed Dutch public holidays against the official dates (rijksoverheid.nl, "Officiële feestdagen")
/// for 2026-2030, and slot series that skip them.</summary>
public sealed class PublicHolidaysTests
{
    public static TheoryData<int, string[]> Official => new()
    {
        { 2026, ["01-01", "04-05", "04-06", "04-27", "05-05", "05-14", "05-24", "05-25", "12-25", "12-26"] },
        { 2027, ["01-01", "03-28", "03-29", "04-27", "05-05", "05-06", "05-16", "05-17", "12-25", "12-26"] },
        { 2028, ["01-01", "04-16", "04-17", "04-27", "05-05", "05-25", "06-04", "06-05", "12-25", "12-26"] },
        { 2029, ["01-01", "04-01", "04-02", "04-27", "05-05", "05-10", "05-20", "05-21", "12-25", "12-26"] },
        { 2030, ["01-01", "04-21", "04-22", "04-27", "05-05", "05-30", "06-09", "06-10", "12-25", "12-26"] },
    };

    [Theory]
    [MemberData(nameof(Official))]
    public void The_computed_holidays_are_the_official_ones(int year, string[] days) =>
        Assert.Equal(days.Select(d => DateOnly.ParseExact($"{year}-{d}", "yyyy-MM-dd")).Order(), PublicHolidays.Of(year).Select(h => h.Day).Order());

    [Fact]
    public void Kings_day_moves_to_the_26th_when_the_27th_is_a_sunday() =>
        Assert.Equal("Koningsdag", PublicHolidays.On(new DateOnly(2025, 4, 26))?.Name);

    [Fact]
    public void A_weekly_series_skips_public_holidays_without_ticking_anything()
    {
        // Mondays from 30 March 2026: Easter Monday (6 April) and King's Day (27 April) fall out
        var input = new SlotInput
        {
            Date = new DateOnly(2026, 3, 30), Start = new TimeOnly(9, 30), End = new TimeOnly(11, 0), RepeatUntil = new DateOnly(2026, 5, 4),
            SkipHolidays = [],
        };
        Assert.Equal([new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 13), new DateOnly(2026, 4, 20), new DateOnly(2026, 5, 4)], input.Days());
    }
}
