using HoeWerktMijnStad.Web.Features.Bookings;

namespace HoeWerktMijnStad.UnitTests.Bookings;

/// <summary>The evaluation form: a draft may be unfinished, a sent evaluation must be complete, nothing out of range.</summary>
public sealed class EvaluationInputTests
{
    private static EvaluationInput Complete(string action) => new()
    {
        Preparation = 4, Content = 5, LearningGoalsFit = 3, Organisation = 4, Mark = 8, MetExpectations = true, Action = action,
    };

    [Fact]
    public void A_complete_evaluation_can_be_sent() => Assert.Empty(Complete("versturen").Check());

    [Fact]
    public void An_empty_draft_may_be_saved() => Assert.Empty(new EvaluationInput { Action = "concept" }.Check());

    [Fact]
    public void Sending_names_every_missing_answer()
    {
        var fields = new EvaluationInput { Action = "versturen", Content = 4 }.Check().Select(e => e.Field).ToList();
        Assert.Equal(["Preparation", "LearningGoalsFit", "Organisation", "Mark", "MetExpectations"], fields);
    }

    [Theory]
    [InlineData(0, 8)]
    [InlineData(6, 8)]
    [InlineData(4, 11)]
    [InlineData(4, 0)]
    public void Out_of_range_answers_are_refused_even_in_a_draft(int rating, int mark)
    {
        var input = Complete("concept");
        input.Preparation = rating;
        input.Mark = mark;
        Assert.NotEmpty(input.Check());
    }

    [Fact]
    public void Texts_longer_than_the_limit_are_refused_with_the_limit_named()
    {
        var input = Complete("versturen");
        input.CouldBeBetter = new string('x', EvaluationInput.MaxText + 1);
        var (field, message) = Assert.Single(input.Check());
        Assert.Equal("CouldBeBetter", field);
        Assert.Contains("2000", message, StringComparison.Ordinal);
    }
}
