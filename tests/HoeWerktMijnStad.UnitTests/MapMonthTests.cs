using HoeWerktMijnStad.Web.Features.MapRule;

namespace HoeWerktMijnStad.UnitTests;

/// <summary>Months in Europe/Amsterdam as instants, across the daylight-saving changes and leap years.</summary>
public sealed class MapMonthTests
{
    [Fact]
    public void November_starts_at_midnight_winter_time()
    {
        var november = new MapMonth(new DateOnly(2026, 11, 1));
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero), november.From);
        // 00:30 on 1 November in Amsterdam is 23:30 UTC on 31 October: in November
        Assert.True(new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero) >= november.From);
    }

    [Fact]
    public void April_starts_at_midnight_summer_time() =>
        Assert.Equal(new DateTimeOffset(2027, 3, 31, 22, 0, 0, TimeSpan.Zero), new MapMonth(new DateOnly(2027, 4, 1)).From);

    [Fact]
    public void March_is_an_hour_shorter_and_october_an_hour_longer()
    {
        var march = new MapMonth(new DateOnly(2027, 3, 1));
        var october = new MapMonth(new DateOnly(2026, 10, 1));
        Assert.Equal(TimeSpan.FromDays(31) - TimeSpan.FromHours(1), march.To - march.From);
        Assert.Equal(TimeSpan.FromDays(31) + TimeSpan.FromHours(1), october.To - october.From);
    }

    [Fact]
    public void February_of_a_leap_year_has_29_days_and_its_grace_starts_in_january()
    {
        var february = new MapMonth(new DateOnly(2028, 2, 1));
        Assert.Equal(TimeSpan.FromDays(29), february.To - february.From);
        Assert.Equal(new DateOnly(2028, 1, 1), february.GraceFrom);
        Assert.Equal(new DateOnly(2027, 12, 1), february.Previous.Previous.First);
    }

    [Theory]
    [InlineData("2026-10", 2026, 10)]
    [InlineData("2028-02", 2028, 2)]
    public void A_month_reads_from_a_query_string(string value, int year, int month) =>
        Assert.Equal(new DateOnly(year, month, 1), MapMonth.Parse(value)!.First);

    [Theory]
    [InlineData("2026-13")]
    [InlineData("oktober")]
    [InlineData(null)]
    public void Nonsense_is_no_month(string? value) => Assert.Null(MapMonth.Parse(value));
}
