using Bunit;
using HoeWerktMijnStad.Web.Features.Family.Co2Game;
using Q = HoeWerktMijnStad.Web.Features.Family.Co2Game.Co2Questions;

namespace HoeWerktMijnStad.ComponentTests.Family;

public sealed class Co2ResultViewTests : BunitContext
{
    [Fact]
    public void The_result_compares_with_the_average_home_and_lists_lines_tips_and_choices()
    {
        var result = Co2Result.For(Co2Choices.ForHousehold(2).With(Q.Shower, "15min"));

        var cut = Render<Co2ResultView>(p => p.Add(c => c.Result, result));

        var text = cut.Find(".co2-result").TextContent;
        Assert.Contains($"{Co2Format.Kg(Co2Result.AverageHomeKg)} per dag", text, StringComparison.Ordinal);
        Assert.Contains("Per persoon is dat", text, StringComparison.Ordinal);
        Assert.Contains("2 bewoners", text, StringComparison.Ordinal);
        Assert.Equal(Co2Format.Kg(result.Day.TotalKg), cut.Find("tfoot td").TextContent);
        Assert.DoesNotContain(cut.FindAll("tbody th"), th => th.TextContent.Contains("zonnepanelen", StringComparison.Ordinal));
        Assert.Equal(Co2Result.MaxTips, cut.FindAll(".co2-tips li").Count);
        Assert.Equal(Q.All.Count, cut.FindAll(".co2-choices dt").Count);
        Assert.Contains("15 minuten", cut.Find(".co2-choices").TextContent, StringComparison.Ordinal);
        Assert.Equal($"http://localhost{Co2ShareCode.Url(result.Choices)}", cut.Find("#co2-share-link").GetAttribute("value"));
        Assert.NotNull(cut.Find("label[for=co2-share-link]"));
    }

    [Fact]
    public void The_best_house_has_no_tips_but_a_word_of_praise_and_explains_a_total_below_zero()
    {
        var result = Co2Result.For(Co2Result.Extreme(4, lowest: true));

        var cut = Render<Co2ResultView>(p => p.Add(c => c.Result, result));

        Assert.Empty(cut.FindAll(".co2-tips"));
        Assert.Contains("overal de zuinigste keuze", cut.Find(".empty-state").TextContent, StringComparison.Ordinal);
        Assert.Contains("Klimaatkampioen!", cut.Find("h2").TextContent, StringComparison.Ordinal);
        Assert.True(result.Day.HomeKg < 0);
        Assert.Contains("gemiddeld. Onder nul: jullie zonnepanelen maken meer schone stroom dan het huis gebruikt.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_numbers_panel_shows_every_factor_the_model_uses_with_its_source()
    {
        var cut = Render<Co2NumbersPanel>();

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(Co2Factors.All.Count, rows.Count);
        Assert.Contains(rows, r => r.TextContent.Contains("0,374 kg CO2 per kWh", StringComparison.Ordinal)
            && r.TextContent.Contains("CO2emissiefactoren.nl", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.TextContent.Contains("980 m³ per jaar", StringComparison.Ordinal) && r.TextContent.Contains("CBS", StringComparison.Ordinal));
        Assert.Equal(3, cut.FindAll("caption").Count);
    }
}
