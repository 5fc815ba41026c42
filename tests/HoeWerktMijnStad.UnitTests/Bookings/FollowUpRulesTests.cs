using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Time;

namespace HoeWerktMijnStad.UnitTests.Bookings;

/// <summary>When an unanswered request expires: five working days on Amsterdam's calendar, or when its date passed.</summary>
public sealed class FollowUpRulesTests
{
    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        AmsterdamTime.ToInstant(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    [Theory]
    [InlineData(2026, 11, 23, 2026, 11, 30)] // Monday → next Monday
    [InlineData(2026, 11, 27, 2026, 12, 4)] // Friday → next Friday
    [InlineData(2026, 11, 25, 2026, 12, 2)] // Wednesday → next Wednesday
    public void Five_working_days_after_a_weekday_is_the_same_weekday_a_week_later(int y, int m, int d, int ey, int em, int ed) =>
        Assert.Equal(At(ey, em, ed, 14, 30), WorkingDays.Add(At(y, m, d, 14, 30), 5));

    [Fact]
    public void A_request_on_a_saturday_counts_from_monday_morning() =>
        Assert.Equal(At(2026, 12, 7, 0), WorkingDays.Add(At(2026, 11, 28, 16), 5));

    [Fact]
    public void Working_days_keep_the_wall_clock_time_across_the_change_to_winter_time() =>
        // Friday 23 October 2026 10:00 (summer time) → Friday 30 October 10:00 (winter time): 169 hours later
        Assert.Equal(TimeSpan.FromHours(169), WorkingDays.Add(At(2026, 10, 23, 10), 5) - At(2026, 10, 23, 10));

    [Fact]
    public void Christmas_and_new_year_are_not_working_days() =>
        // Thursday 24 December 2026 → Monday 28, Tuesday 29, Wednesday 30, Thursday 31 December, Monday 4 January
        Assert.Equal(At(2027, 1, 4, 11), WorkingDays.Add(At(2026, 12, 24, 11), 5));

    [Theory]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2030, 4, 21)]
    public void Easter_falls_where_the_calendar_says(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), WorkingDays.EasterSunday(year));

    [Theory]
    [InlineData(2026, 4, 6, true)] // Easter Monday
    [InlineData(2026, 4, 27, true)] // King's Day
    [InlineData(2025, 4, 26, true)] // King's Day on a Saturday when the 27th is a Sunday
    [InlineData(2026, 5, 14, true)] // Ascension
    [InlineData(2026, 5, 25, true)] // Whit Monday
    [InlineData(2026, 5, 5, false)] // Liberation Day only in lustrum years
    [InlineData(2030, 5, 5, true)]
    [InlineData(2026, 4, 7, false)]
    public void Dutch_public_holidays(int year, int month, int day, bool holiday) =>
        Assert.Equal(holiday, WorkingDays.IsPublicHoliday(new DateOnly(year, month, day)));

    [Fact]
    public void A_request_expires_exactly_at_its_answer_deadline()
    {
        var created = At(2026, 11, 23, 9);
        var slot = At(2027, 1, 12, 9, 30);
        Assert.Null(FollowUpExpiry(created, slot, At(2026, 11, 30, 8, 59)));
        Assert.Equal("Geen antwoord van de partner op tijd (binnen vijf werkdagen en uiterlijk twee werkdagen voor het bezoek).", FollowUpExpiry(created, slot, At(2026, 11, 30, 9)));
    }

    [Fact]
    public void A_request_whose_slot_has_begun_expires_even_within_the_five_days() =>
        Assert.Equal("De gevraagde datum is voorbij zonder antwoord van de partner.",
            FollowUpExpiry(At(2026, 11, 23, 9), At(2026, 11, 24, 9, 30), At(2026, 11, 24, 9, 30)));

    [Fact]
    public void The_answer_deadline_is_two_working_days_before_a_near_visit()
    {
        // requested Monday 23 November 09:00 for Thursday 26 November 09:30: answer before Tuesday 24 November 09:30
        var created = At(2026, 11, 23, 9);
        Assert.Equal(At(2026, 11, 24, 9, 30), BookingRequests.AnswerBefore(created, At(2026, 11, 26, 9, 30)));
        Assert.Null(FollowUpExpiry(created, At(2026, 11, 26, 9, 30), At(2026, 11, 24, 9, 29)));
        Assert.NotNull(FollowUpExpiry(created, At(2026, 11, 26, 9, 30), At(2026, 11, 24, 9, 30)));
        // the weekend does not count: a visit on Tuesday 1 December is answered before Friday 27 November
        Assert.Equal(At(2026, 11, 27, 9, 30), BookingRequests.AnswerBefore(created, At(2026, 12, 1, 9, 30)));
    }

    [Fact]
    public void An_on_request_booking_is_answered_by_the_earlier_of_five_working_days_and_two_before_its_first_date()
    {
        var created = At(2026, 11, 23, 9);
        DateTimeOffset[] options = [At(2026, 12, 20, 10), At(2026, 12, 3, 10)];
        Assert.Null(BookingFollowUp.ExpiryReason(created, null, null, options, At(2026, 11, 30, 8, 59)));
        Assert.NotNull(BookingFollowUp.ExpiryReason(created, null, null, options, At(2026, 11, 30, 9)));
        DateTimeOffset[] near = [At(2026, 11, 27, 10)];
        Assert.Equal(At(2026, 11, 25, 10), BookingRequests.AnswerBefore(created, near[0]));
        Assert.NotNull(BookingFollowUp.ExpiryReason(created, null, null, near, At(2026, 11, 25, 10)));
    }

    [Fact]
    public void Slots_that_leave_the_partner_less_than_one_working_day_are_not_offered()
    {
        // Friday 27 November 15:00: the earliest start is Wednesday 2 December 15:00 (answer by Monday 30 November 15:00)
        var now = At(2026, 11, 27, 15);
        Assert.Equal(At(2026, 12, 2, 15), BookingRequests.EarliestStart(now));
        Assert.True(BookingRequests.AnswerBefore(now, BookingRequests.EarliestStart(now)) >= WorkingDays.Add(now, 1));
    }

    [Fact]
    public void A_proposed_date_waits_for_the_teacher_until_that_date_not_for_five_working_days()
    {
        var created = At(2026, 11, 2, 9);
        Assert.Null(BookingFollowUp.ExpiryReason(created, At(2026, 11, 20, 9), At(2026, 12, 10, 13), [], At(2026, 12, 1, 9)));
        Assert.Equal("De voorgestelde datum is voorbij zonder antwoord van de school.",
            BookingFollowUp.ExpiryReason(created, At(2026, 11, 20, 9), At(2026, 12, 10, 13), [], At(2026, 12, 10, 13)));
    }

    private static string? FollowUpExpiry(DateTimeOffset created, DateTimeOffset slot, DateTimeOffset now) =>
        BookingFollowUp.ExpiryReason(created, slot, null, [], now);
}
