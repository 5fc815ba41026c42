using System.ComponentModel.DataAnnotations;
using HoeWerktMijnStad.Web.Features.Privacy;

namespace HoeWerktMijnStad.UnitTests.Privacy;

public sealed class RetentionOptionsTests
{
    [Theory]
    [InlineData(730, "2 jaar")]
    [InlineData(365, "1 jaar")]
    [InlineData(400, "400 dagen")]
    public void The_statement_says_whole_years_as_years(int days, string words) =>
        Assert.Equal(words, RetentionOptions.Words(days));

    [Fact]
    public void The_defaults_are_the_periods_the_statement_promises_and_they_are_valid()
    {
        var options = new RetentionOptions();

        Assert.Equal((90, 30, 90, 30, 730, 30), (options.BookingContactDays, options.SentMailBodyDays, options.DemandContactDays,
            options.PartyContactDays, options.InactiveAccountDays, options.DeleteAfterWarningDays));
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    [Fact]
    public void A_period_of_zero_days_is_refused()
    {
        var options = new RetentionOptions { SentMailBodyDays = 0 };
        var errors = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));
        Assert.Equal(nameof(RetentionOptions.SentMailBodyDays), Assert.Single(errors).MemberNames.Single());
    }
}
