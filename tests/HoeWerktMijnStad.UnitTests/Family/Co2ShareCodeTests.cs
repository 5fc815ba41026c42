using System.Text.RegularExpressions;
using HoeWerktMijnStad.Web.Features.Family.Co2Game;
using Q = HoeWerktMijnStad.Web.Features.Family.Co2Game.Co2Questions;

namespace HoeWerktMijnStad.UnitTests.Family;

public sealed partial class Co2ShareCodeTests
{
    [GeneratedRegex("^[a-z0-9:,-]+$")]
    private static partial Regex UrlSafe();

    public static TheoryData<string, string> EveryAnswer()
    {
        var data = new TheoryData<string, string>();
        foreach (var question in Q.All)
        {
            foreach (var option in question.Options)
            {
                data.Add(question.Key, option.Key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAnswer))]
    public void Every_answer_survives_a_shared_link(string question, string option)
    {
        var choices = Co2Choices.Start.With(Q.Find(question)!, option).Completed();

        var code = Co2ShareCode.Format(choices);
        var shared = Co2ShareCode.Parse(code);

        Assert.Matches(UrlSafe(), code);
        Assert.False(shared.HadProblems);
        Assert.Equal(Q.All.Count, shared.Understood);
        Assert.All(Q.All, q => Assert.Equal(choices.For(q), shared.Choices.For(q)));
    }

    [Fact]
    public void A_link_shows_the_same_result_as_the_game()
    {
        var played = Co2Choices.ForHousehold(5).With(Q.Heating, "hybride").With(Q.Travel, "bus").With(Q.Solar, "zes").Completed();

        var url = Co2ShareCode.Url(played);
        var shared = Co2ShareCode.Parse(url[(url.IndexOf('=', StringComparison.Ordinal) + 1)..]);

        Assert.StartsWith("/techniek-is-een-feest/co2-huis?keuzes=mensen:5,", url, StringComparison.Ordinal);
        Assert.Equal(Co2Result.For(played).Day.TotalKg, Co2Result.For(shared.Choices).Day.TotalKg, 1e-12);
        Assert.Equal(Co2Result.For(played).Score, Co2Result.For(shared.Choices).Score);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_code_is_no_result_and_no_problem(string? code)
    {
        var shared = Co2ShareCode.Parse(code);

        Assert.False(shared.HasResult);
        Assert.False(shared.HadProblems);
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("mensen:99")]
    [InlineData("mensen")]
    [InlineData(":4")]
    [InlineData("zwembad:ja,MENSEN:4")]
    public void Nonsense_is_no_result_but_a_problem(string code)
    {
        var shared = Co2ShareCode.Parse(code);

        Assert.False(shared.HasResult);
        Assert.True(shared.HadProblems);
    }

    [Fact]
    public void Good_parts_are_kept_and_bad_parts_left_out()
    {
        var shared = Co2ShareCode.Parse("mensen:3,licht:disco,douche:5min,douche:15min,,zon:twaalf");

        Assert.True(shared.HasResult);
        Assert.True(shared.HadProblems);
        Assert.Equal(3, shared.Understood);
        Assert.Equal(3, shared.Choices.Persons);
        Assert.Equal("5min", shared.Choices.For(Q.Shower).Key);
        Assert.Equal(Q.Lighting.Reference, shared.Choices.For(Q.Lighting));
    }

    [Fact]
    public void A_code_longer_than_any_real_one_is_not_read()
    {
        var real = Co2ShareCode.Format(Co2Choices.Start.Completed());
        var shared = Co2ShareCode.Parse(string.Join(',', Enumerable.Repeat(real, 5)));

        Assert.True(real.Length < Co2ShareCode.MaxLength);
        Assert.False(shared.HasResult);
        Assert.True(shared.HadProblems);
    }
}
