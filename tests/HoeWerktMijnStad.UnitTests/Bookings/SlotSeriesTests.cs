using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Time;

namespace HoeWerktMijnStad.UnitTests.Bookings;

public sealed class SlotSeriesTests
{
    private static readonly Holiday[] Holidays =
    [
        new("kerst-2026", "Kerstvakantie 2026", new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3)),
        new("voorjaar-2027", "Voorjaarsvakantie 2027", new DateOnly(2027, 2, 20), new DateOnly(2027, 2, 28)),
    ];

    private static SlotInput Series(DateOnly first, DateOnly? until, params string[] skip) => new SlotInput
    {
        Date = first,
        Start = new TimeOnly(9, 30),
        End = new TimeOnly(11, 0),
        RepeatUntil = until,
        SkipHolidays = Holidays.Select(h => new SlotInput.HolidayChoice { Key = h.Key, Selected = skip.Contains(h.Key) }).ToList(),
    }.WithHolidays(Holidays, tickAll: false);

    private static List<ValidationResult> Validate(SlotInput input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Without_a_repeat_date_it_is_one_slot() =>
        Assert.Equal([new DateOnly(2026, 12, 1)], Series(new DateOnly(2026, 12, 1), null).Days());

    [Fact]
    public void A_weekly_series_skips_the_christmas_holiday_when_ticked()
    {
        var days = Series(new DateOnly(2026, 12, 8), new DateOnly(2027, 1, 12), "kerst-2026").Days();

        Assert.Equal([new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 15), new DateOnly(2027, 1, 5), new DateOnly(2027, 1, 12)], days);
    }

    [Fact]
    public void An_unticked_holiday_is_not_skipped() =>
        Assert.Equal(6, Series(new DateOnly(2026, 12, 8), new DateOnly(2027, 1, 12)).Days().Count);

    [Fact]
    public void The_end_time_comes_after_the_start()
    {
        var input = Series(new DateOnly(2026, 12, 8), null);
        input.End = new TimeOnly(9, 0);

        Assert.Contains(Validate(input), r => r.ErrorMessage == "De eindtijd moet na de begintijd liggen.");
    }

    [Fact]
    public void A_series_longer_than_sixty_times_is_refused() =>
        Assert.Contains(Validate(Series(new DateOnly(2026, 12, 8), new DateOnly(2028, 6, 1))), r => r.ErrorMessage!.Contains("hoogstens 60", StringComparison.Ordinal));

    [Fact]
    public void A_single_day_inside_a_skipped_holiday_leaves_nothing_and_says_so() =>
        Assert.Contains(Validate(Series(new DateOnly(2026, 12, 22), null, "kerst-2026")), r => r.ErrorMessage!.Contains("vakantie", StringComparison.Ordinal));

    [Theory]
    [InlineData("2026-12-08T09:30", "2026-12-08T08:30:00Z")] // winter: UTC+1
    [InlineData("2027-06-08T09:30", "2027-06-08T07:30:00Z")] // summer: UTC+2
    [InlineData("2027-03-28T02:30", "2027-03-28T01:30:00Z")] // skipped by the spring change: counts as 03:30 CEST
    [InlineData("2026-10-25T02:30", "2026-10-25T00:30:00Z")] // repeated in autumn: the first (CEST)
    public void Amsterdam_wall_clock_times_become_the_right_instant(string local, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture),
            AmsterdamTime.ToInstant(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture)));
}
