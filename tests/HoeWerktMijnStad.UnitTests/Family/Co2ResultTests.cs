using HoeWerktMijnStad.Web.Features.Family.Co2Game;
using static HoeWerktMijnStad.Web.Features.Family.Co2Game.Co2Factors;
using Q = HoeWerktMijnStad.Web.Features.Family.Co2Game.Co2Questions;

namespace HoeWerktMijnStad.UnitTests.Family;

public sealed class Co2ResultTests
{
    [Fact]
    public void The_best_house_scores_100_the_worst_0_and_the_ordinary_one_in_between()
    {
        var best = Co2Result.For(Co2Result.Extreme(4, lowest: true));
        var worst = Co2Result.For(Co2Result.Extreme(4, lowest: false));
        var ordinary = Co2Result.For(Co2Choices.ForHousehold(4));

        Assert.Equal(100, best.Score);
        Assert.Equal("Klimaatkampioen!", best.Title);
        Assert.Equal(0, worst.Score);
        Assert.InRange(ordinary.Score, 1, 99);
        Assert.Equal(ordinary.StartKg, ordinary.Day.TotalKg, 1e-9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void The_best_and_worst_houses_are_those_found_by_trying_every_combination(int persons)
    {
        var totals = new List<double>();
        void Walk(Co2Choices choices, int index)
        {
            if (index == Q.Choosable.Count)
            {
                totals.Add(Co2House.Calculate(choices).TotalKg);
                return;
            }

            foreach (var option in Q.Choosable[index].Options)
            {
                Walk(choices.With(Q.Choosable[index], option.Key), index + 1);
            }
        }

        Walk(Co2Choices.ForHousehold(persons), 0);

        Assert.Equal(totals.Min(), Co2House.Calculate(Co2Result.Extreme(persons, lowest: true)).TotalKg, 1e-9);
        Assert.Equal(totals.Max(), Co2House.Calculate(Co2Result.Extreme(persons, lowest: false)).TotalKg, 1e-9);
    }

    [Fact]
    public void An_ordinary_house_gets_its_three_biggest_savings_as_tips_biggest_first()
    {
        var result = Co2Result.For(Co2Choices.ForHousehold(4));

        Assert.Equal(Co2Result.MaxTips, result.Tips.Count);
        Assert.Equal(result.Tips.OrderByDescending(t => t.SavingKg), result.Tips);
        Assert.Equal(Q.Travel, result.Tips[0].Question);
        Assert.Contains(result.Tips[0].Better.Key, new[] { "fiets", "tram-trein" });
        Assert.Equal(result.Day.TravelKg, result.Tips[0].SavingKg, 1e-9);
        Assert.All(result.Tips, t => Assert.True(t.SavingKg >= Co2Result.TipThresholdKg));
    }

    [Fact]
    public void A_tip_saves_what_switching_to_its_answer_saves()
    {
        var choices = Co2Choices.ForHousehold(3).With(Q.Travel, "fiets").With(Q.Shower, "15min");
        var result = Co2Result.For(choices);
        var shower = Assert.Single(result.Tips, t => t.Question == Q.Shower);

        Assert.Equal("5min-bespaar", shower.Better.Key);
        Assert.Equal(result.Day.TotalKg - Co2House.Calculate(result.Choices.With(Q.Shower, "5min-bespaar")).TotalKg, shower.SavingKg, 1e-9);
        Assert.DoesNotContain(result.Tips, t => t.Question == Q.Travel);
    }

    [Fact]
    public void The_best_house_gets_no_tips()
    {
        Assert.Empty(Co2Result.For(Co2Result.Extreme(2, lowest: true)).Tips);
    }

    [Fact]
    public void The_comparison_is_with_the_CBS_gas_and_electricity_of_an_average_home()
    {
        var expected = (980 * 1.78 + 2_550 * 0.374) / 365;

        Assert.Equal(expected, Co2Result.AverageHomeKg, 1e-9);
        Assert.Equal(expected / 2.1, Co2Result.AverageHomeKgPerPerson, 1e-9);
        Assert.Equal("7,4 kg", Co2Format.Kg(Co2Result.AverageHomeKg));
        var result = Co2Result.For(Co2Choices.ForHousehold(4));
        Assert.Equal(result.Day.HomeKg / 4, result.HomeKgPerPerson, 1e-9);
    }

    [Fact]
    public void A_partial_game_is_completed_with_ordinary_answers()
    {
        var result = Co2Result.For(Co2Choices.Start.With(Q.Lighting, "led"));

        Assert.True(result.Choices.IsComplete);
        Assert.Equal(4, result.Persons);
        Assert.Equal("led", result.Choices.For(Q.Lighting).Key);
    }

    [Theory]
    [InlineData(95, "Klimaatkampioen!")]
    [InlineData(70, "Goed bezig!")]
    [InlineData(40, "Op de goede weg")]
    [InlineData(12, "Er valt nog veel te winnen")]
    public void The_title_follows_the_score(int score, string title)
    {
        var result = Co2Result.For(Co2Choices.Start) with { Score = score };

        Assert.Equal(title, result.Title);
    }

    [Fact]
    public void Kilograms_read_as_Dutch_and_never_as_minus_zero()
    {
        Assert.Equal("9,2 kg", Co2Format.Kg(9.15));
        Assert.Equal("0,0 kg", Co2Format.Kg(-0.01));
        Assert.Equal("1,2 kg minder", Co2Format.Difference(-1.2));
        Assert.Equal("0,8 kg meer", Co2Format.Difference(0.8));
        Assert.Equal("2.550", Co2Format.Number(AverageElectricity.Value));
        Assert.Equal("0,374", Co2Format.Number(Electricity.Value));
    }
}
