using System.Reflection;
using HoeWerktMijnStad.Web.Features.Family.Co2Game;
using Q = HoeWerktMijnStad.Web.Features.Family.Co2Game.Co2Questions;

namespace HoeWerktMijnStad.UnitTests.Family;

/// <summary>The game's data: every number on the "Over de getallen" panel, every question complete.</summary>
public sealed class Co2QuestionsTests
{
    [Fact]
    public void Every_number_of_the_model_is_on_the_numbers_panel_with_a_source()
    {
        var fields = typeof(Co2Factors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Co2Factor))
            .Select(f => (Co2Factor)f.GetValue(null)!)
            .ToList();

        Assert.Equal(fields.Count, Co2Factors.All.Count);
        Assert.All(fields, f => Assert.Contains(f, Co2Factors.All));
        Assert.All(Co2Factors.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Source) || string.IsNullOrWhiteSpace(f.Unit), f.Name));
    }

    [Fact]
    public void Every_question_has_a_reference_answer_unique_keys_and_a_tip()
    {
        Assert.Equal(Q.All.Count, Q.All.Select(q => q.Key).Distinct().Count());
        Assert.All(Q.All, q =>
        {
            Assert.NotNull(q.Reference);
            Assert.Equal(q.Options.Count, q.Options.Select(o => o.Key).Distinct().Count());
            Assert.All(q.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Explanation)));
        });
        Assert.All(Q.Choosable, q => Assert.False(string.IsNullOrWhiteSpace(q.Tip)));
    }
}
