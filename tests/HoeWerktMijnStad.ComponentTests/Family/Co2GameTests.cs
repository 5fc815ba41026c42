using Bunit;
using HoeWerktMijnStad.Web.Features.Family.Co2Game;
using Microsoft.AspNetCore.Components;
using Q = HoeWerktMijnStad.Web.Features.Family.Co2Game.Co2Questions;

namespace HoeWerktMijnStad.ComponentTests.Family;

/// <summary>The game's interaction: start, answer, the live total and the explanation, going back and forth,
/// the result and playing again.</summary>
public sealed class Co2GameTests : BunitContext
{
    public Co2GameTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<Co2Game> Started()
    {
        var cut = Render<Co2Game>();
        cut.Find("button.co2-big-button").Click();
        return cut;
    }

    private static void Answer(IRenderedComponent<Co2Game> cut, Co2Question question, string option)
    {
        cut.Find($"#co2-{question.Key}-{option}").Change(option);
    }

    private static void Next(IRenderedComponent<Co2Game> cut) => cut.Find(".co2-actions .button--primary").Click();

    private static string Total(IRenderedComponent<Co2Game> cut) => cut.Find(".co2-meter [role=status] strong").TextContent;

    [Fact]
    public void Before_the_connection_the_introduction_shows_with_a_disabled_start_button()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Render<Co2Game>();

        var button = cut.Find("button.co2-big-button");
        Assert.True(button.HasAttribute("disabled"));
        Assert.Equal("Het spel wordt geladen…", button.TextContent);
        Assert.Contains("Zo speel je", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("input[type=radio]"));
    }

    [Fact]
    public void Starting_shows_the_first_question_as_a_radio_group_and_the_ordinary_total_and_moves_the_focus()
    {
        var cut = Started();

        Assert.Equal(Q.Household.Title, cut.Find("h2").TextContent);
        Assert.Equal(Q.Household.Legend, cut.Find("fieldset legend").TextContent);
        Assert.Equal(6, cut.FindAll($"input[type=radio][name=co2-{Q.Household.Key}]").Count);
        Assert.Empty(cut.FindAll("input:checked"));
        Assert.Equal(Co2Format.Kg(Co2House.Calculate(Co2Choices.Start).TotalKg), Total(cut));
        Assert.Equal("polite", cut.Find(".co2-meter [role=status]").GetAttribute("aria-live"));
        JSInterop.VerifyInvoke("Blazor._internal.domWrapper.focus");
    }

    [Fact]
    public void A_choice_updates_the_total_and_explains_itself()
    {
        var cut = Started();
        Answer(cut, Q.Household, "2");
        Next(cut);

        Answer(cut, Q.Insulation, "goed");

        var choices = Co2Choices.ForHousehold(2).With(Q.Insulation, "goed");
        Assert.Equal(Co2Format.Kg(Co2House.Calculate(choices).TotalKg), Total(cut));
        Assert.True(cut.Find("#co2-isolatie-goed").HasAttribute("checked"));
        var explanation = cut.Find(".co2-explain").TextContent;
        Assert.Contains(Q.Insulation.Find("goed")!.Explanation, explanation, StringComparison.Ordinal);
        Assert.Contains($"Deze keuze: {Co2Format.Difference(Co2House.Effect(choices, Q.Insulation))} CO2 per dag", explanation, StringComparison.Ordinal);
        Assert.Contains("minder", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ordinary_answer_says_so()
    {
        var cut = Started();
        Answer(cut, Q.Household, "4");
        Next(cut);

        Answer(cut, Q.Insulation, "gewoon");

        Assert.Contains("dit is de gewone keuze", cut.Find(".co2-explain").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_without_an_answer_asks_for_one_and_stays()
    {
        var cut = Started();

        Next(cut);

        Assert.Equal("Kies eerst een antwoord.", cut.Find("[role=alert]").TextContent);
        Assert.Equal(Q.Household.Title, cut.Find("h2").TextContent);
        Answer(cut, Q.Household, "3");
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public void Going_back_keeps_the_answers()
    {
        var cut = Started();
        Answer(cut, Q.Household, "5");
        Next(cut);
        Answer(cut, Q.Insulation, "tochtig");
        Next(cut);

        cut.FindAll(".co2-actions .button").Single(b => b.TextContent == "Vorige vraag").Click();

        Assert.Equal(Q.Insulation.Title, cut.Find("h2").TextContent);
        Assert.True(cut.Find("#co2-isolatie-tochtig").HasAttribute("checked"));
        Assert.Contains("5 bewoners", cut.Find(".co2-meter").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_answer_leads_to_the_result_with_a_link_that_holds_every_choice()
    {
        var cut = Started();
        var played = Co2Choices.Start;
        foreach (var question in Q.All)
        {
            var option = question.Options[0].Key;
            Answer(cut, question, option);
            played = played.With(question, option);
            Assert.Equal(question == Q.All[^1] ? "Bekijk de uitslag" : "Volgende vraag", cut.Find(".co2-actions .button--primary").TextContent);
            Next(cut);
        }

        var result = Co2Result.For(played);
        Assert.Contains(result.Title, cut.Find("#co2-result-title").TextContent, StringComparison.Ordinal);
        Assert.Equal(result.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find(".co2-score__number").TextContent);
        Assert.Equal(Co2ShareCode.Url(played), cut.Find(".co2-result a[href*='keuzes=']").GetAttribute("href"));
        Assert.Equal(result.Tips.Count, cut.FindAll(".co2-tips li").Count);
        Assert.Empty(cut.FindAll(".co2-meter"));
    }

    [Fact]
    public void From_the_result_you_can_go_back_to_your_choices_or_play_again()
    {
        var cut = Started();
        foreach (var question in Q.All)
        {
            Answer(cut, question, question.Options[^1].Key);
            Next(cut);
        }

        cut.FindAll("button").Single(b => b.TextContent == "Terug naar mijn keuzes").Click();
        Assert.Equal(Q.All[^1].Title, cut.Find("h2").TextContent);
        Assert.True(cut.Find($"#co2-{Q.All[^1].Key}-{Q.All[^1].Options[^1].Key}").HasAttribute("checked"));

        Next(cut);
        cut.FindAll("button").Single(b => b.TextContent == "Opnieuw spelen").Click();
        Assert.Equal(Q.Household.Title, cut.Find("h2").TextContent);
        Assert.Empty(cut.FindAll("input:checked"));
        Assert.Equal(Co2Format.Kg(Co2House.Calculate(Co2Choices.Start).TotalKg), Total(cut));
    }
}
