using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demand;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.UnitTests.Demand;

/// <summary>The request and offer forms' rules that need a date: the period, and dates inside it.</summary>
public sealed class DemandInputTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static DemandRequestInput Period(DateOnly from, DateOnly to) => new() { Title = "Bezoek", Pupils = 24, PeriodStart = from, PeriodEnd = to };

    [Fact]
    public void A_period_from_today_within_a_year_is_fine() =>
        Assert.Empty(Period(Today, Today.AddYears(1)).Check(Today));

    [Theory]
    [InlineData(-1, 10, "PeriodStart")]
    [InlineData(10, 9, "PeriodEnd")]
    [InlineData(10, 367, "PeriodEnd")]
    public void A_period_in_the_past_backwards_or_too_far_ahead_is_refused_at_its_field(int from, int to, string field) =>
        Assert.Equal(field, Assert.Single(Period(Today.AddDays(from), Today.AddDays(to)).Check(Today)).Field);

    [Fact]
    public void The_request_keeps_only_ticked_school_days_and_trims_the_text()
    {
        var input = DemandRequestInput.New();
        (input.Title, input.TravelNote, input.PeriodStart, input.PeriodEnd) = ("  Een bezoek  ", " met de fiets ", Today, Today.AddDays(30));
        input.Weekdays.Single(d => d.Value == DayOfWeek.Thursday).Selected = true;
        input.Weekdays.Add(new Choice<DayOfWeek> { Value = DayOfWeek.Sunday, Selected = true });

        var request = input.ToRequest(7, "teacher", DateTimeOffset.UnixEpoch);

        Assert.Equal(("Een bezoek", "met de fiets", DemandState.Open), (request.Title, request.TravelNote, request.State));
        Assert.Equal([DayOfWeek.Thursday], request.PreferredWeekdays);
        Assert.True(request.WorksiteWelcome && request.TechLabWelcome);
    }

    [Fact]
    public void An_offer_needs_a_date_in_the_period_at_least_three_days_ahead()
    {
        var now = new DateTime(2026, 11, 23, 12, 0, 0);
        var (from, to) = (new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 31));

        Assert.Equal("Date1", Assert.Single(new OfferInput { ActivityId = 1 }.Check(from, to, now)).Field);
        Assert.Contains("Kies data in die periode", Assert.Single(new OfferInput { ActivityId = 1, Date1 = new DateTime(2027, 1, 5, 10, 0, 0) }.Check(from, to, now)).Said(), StringComparison.Ordinal);
        Assert.Contains("minstens drie dagen vooruit", Assert.Single(new OfferInput { ActivityId = 1, Date1 = now.AddDays(2) }.Check(from, to, now)).Said(), StringComparison.Ordinal);
        Assert.Empty(new OfferInput { ActivityId = 1, Date1 = now.AddDays(3), Date2 = now.AddDays(4) }.Check(from, to, now));
    }

    [Fact]
    public void A_new_activity_needs_a_title_a_sensible_duration_and_is_no_kids_party()
    {
        var input = new OfferInput { ActivityId = 0, NewType = ActivityType.KidsParty, NewDurationMinutes = 5, Date1 = new DateTime(2026, 12, 10, 10, 0, 0) };

        var fields = input.Check(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), new DateTime(2026, 11, 23)).Select(e => e.Field).ToList();

        Assert.Equal(["NewTitle", "NewDurationMinutes", "NewType"], fields);
    }

    [Fact]
    public void A_request_for_a_kids_party_or_with_numbers_the_form_does_not_offer_is_refused_at_each_field()
    {
        var input = Period(Today, Today.AddDays(30));
        (input.Type, input.Theme, input.Level) = (ActivityType.KidsParty, (Theme)99, (EducationLevel)99);

        Assert.Equal(["Type", "Theme", "Level"], input.Check(Today).Select(e => e.Field));
        input.Type = (ActivityType)99;
        Assert.Contains("Type", input.Check(Today).Select(e => e.Field));
    }

    [Fact]
    public void Only_school_days_stay_in_the_form_ticked_as_posted()
    {
        var input = new DemandRequestInput { Weekdays = [new() { Value = (DayOfWeek)99, Selected = true }, new() { Value = DayOfWeek.Friday, Selected = true }] };

        input.KeepSchoolDays();

        Assert.Equal(DemandRequestInput.SchoolDays, input.Weekdays.Select(d => d.Value));
        Assert.Equal([DayOfWeek.Friday], Choices.Selected(input.Weekdays));
        Assert.Equal("99", DemandLabels.Day((DayOfWeek)99));
    }

    [Theory]
    [InlineData(9_000_000_000_000_000_000)]
    [InlineData(-1)]
    public void A_chosen_date_no_calendar_has_is_no_date(long seconds) =>
        Assert.Null(new AcceptInput { ChosenStart = seconds }.Chosen);

    [Theory]
    [InlineData(null, null, "Elke soort activiteit en elk thema")]
    [InlineData(ActivityType.Workshop, null, "Workshop")]
    [InlineData(null, Theme.Energie, "Energie")]
    [InlineData(ActivityType.CompanyVisit, Theme.Mobiliteit, "Bedrijfsbezoek · Mobiliteit")]
    public void What_a_request_asks_for_reads_as_a_teacher_would_say_it(ActivityType? type, Theme? theme, string expected) =>
        Assert.Equal(expected, DemandLabels.What(type, theme));

    [Fact]
    public void Days_and_districts_read_in_dutch()
    {
        Assert.Equal("dinsdag, donderdag", DemandLabels.Weekdays([DayOfWeek.Thursday, DayOfWeek.Tuesday]));
        Assert.Equal("elke schooldag", DemandLabels.Weekdays([]));
        Assert.Equal("Nieuw-West, Amsterdam", DemandLabels.District("Nieuw-West", "Amsterdam"));
        Assert.Equal("Zaandam", DemandLabels.District("Zaandam", "Zaandam"));
    }
}

/// <summary>A refusal as the offer form says it, in Dutch.</summary>
internal static class DemandWords
{
    public static string Said(this FieldError error) => SiteText.Say<DemandText>(error)!;
}
