using HoeWerktMijnStad.Web.Features.Family.Co2Game;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>The CO2 house game played to the end with the keyboard only, on a phone and on a desktop; the
/// shared link shows the same result without JavaScript; axe-core finds nothing at the start and on the result.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Co2GameTests(BrowserFixture fixture)
{
    private const string GamePath = "/techniek-is-een-feest/co2-huis";

    /// <summary>The greenest answer to every question (for four residents): the last option of each.</summary>
    private static readonly Dictionary<string, string> Greenest = Co2Questions.All.ToDictionary(
        q => q.Key, q => q == Co2Questions.Household ? "4" : q.Options[^1].Key);

    [Theory]
    [InlineData(375, 740)]
    [InlineData(1280, 900)]
    public async Task The_game_can_be_played_to_the_end_with_the_keyboard_only(int width, int height)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync(GamePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start het spel" }).WaitForAsync();

        await TabToAsync(page, "Start het spel");
        await page.Keyboard.PressAsync("Enter");

        var played = Co2Choices.Start;
        foreach (var question in Co2Questions.All)
        {
            await page.Locator("h2:focus").GetByText(question.Title).WaitForAsync();
            var index = question.Options.ToList().FindIndex(o => o.Key == Greenest[question.Key]);
            await ChooseAsync(page, question, index);

            played = played.With(question, question.Options[index].Key);
            await page.Locator(".co2-explain").GetByText(question.Options[index].Explanation).WaitForAsync();
            await Assertions.Expect(page.Locator(".co2-meter [role=status]")).ToContainTextAsync(Co2Format.Kg(Co2House.Calculate(played).TotalKg));
            await AssertFitsAsync(page, width);
            await TabToAsync(page, question == Co2Questions.All[^1] ? "Bekijk de uitslag" : "Volgende vraag");
            await page.Keyboard.PressAsync("Enter");
        }

        var heading = page.Locator("h2:focus");
        await heading.GetByText("Jullie uitslag: Klimaatkampioen!").WaitForAsync();
        Assert.Equal("100", await page.Locator(".co2-score__number").TextContentAsync());
        Assert.Contains("Jullie hebben overal de zuinigste keuze gemaakt", await page.Locator(".co2-result").TextContentAsync(), StringComparison.Ordinal);
        await AssertFitsAsync(page, width);
    }

    [Fact]
    public async Task The_live_total_is_announced_politely_and_moves_with_each_choice_over_a_websocket()
    {
        var page = await fixture.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        await page.GotoAsync(GamePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start het spel" }).ClickAsync();
        await page.GetByLabel("4 personen").CheckAsync();
        var status = page.Locator(".co2-meter [role=status]");
        var ordinary = Co2Format.Kg(Co2House.Calculate(Co2Choices.ForHousehold(4)).TotalKg);
        await Assertions.Expect(status).ToContainTextAsync(ordinary);

        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende vraag" }).ClickAsync();
        await page.GetByLabel("Oud en tochtig").CheckAsync();

        var draughty = Co2Choices.ForHousehold(4).With(Co2Questions.Insulation, "tochtig");
        await Assertions.Expect(status).ToContainTextAsync(Co2Format.Kg(Co2House.Calculate(draughty).TotalKg));
        await Assertions.Expect(page.Locator(".co2-explain")).ToContainTextAsync(
            $"Deze keuze: {Co2Format.Difference(Co2House.Effect(draughty, Co2Questions.Insulation))} CO2 per dag");
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        // the circuit got its websocket past the Content-Security-Policy (no fallback to long polling)
        Assert.Contains(sockets, url => url.Contains("/_blazor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_shared_result_shows_the_same_result_without_JavaScript()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(GamePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start het spel" }).ClickAsync();
        foreach (var question in Co2Questions.All)
        {
            await page.Locator("h2:focus").GetByText(question.Title).WaitForAsync();
            await page.Locator($"#co2-{question.Key}-{question.Options[question.Options.Count / 2].Key}").CheckAsync();
            await page.Locator(".co2-explain").WaitForAsync();
            await page.Locator(".co2-actions .button--primary").ClickAsync();
        }

        await page.Locator(".co2-result").WaitForAsync();
        var score = await page.Locator(".co2-score__number").TextContentAsync();
        var table = await page.Locator(".co2-result table").InnerTextAsync();
        var link = await page.GetByRole(AriaRole.Link, new() { Name = "bekijk of deel deze uitslag" }).GetAttributeAsync("href");

        await using var noScript = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseAddress.ToString(), JavaScriptEnabled = false });
        var shared = await noScript.NewPageAsync();
        await shared.GotoAsync(link!);

        Assert.Equal(score, await shared.Locator(".co2-score__number").TextContentAsync());
        Assert.Equal(table, await shared.Locator(".co2-result table").InnerTextAsync());
        Assert.Equal(1, await shared.GetByRole(AriaRole.Link, new() { Name = "Speel het spel zelf" }).CountAsync());
    }

    [Fact]
    public async Task The_game_has_no_WCAG_violations_at_the_start_and_on_the_result()
    {
        var page = await fixture.NewPageAsync(375, 740);
        await page.GotoAsync(GamePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start het spel" }).WaitForAsync();
        var atStart = await Accessibility.ViolationsAsync(page, fixture.AxeSource);

        await page.GetByRole(AriaRole.Button, new() { Name = "Start het spel" }).ClickAsync();
        await page.GetByLabel("3 personen").CheckAsync();
        var onAQuestion = await Accessibility.ViolationsAsync(page, fixture.AxeSource);

        await page.GotoAsync($"{GamePath}?{Co2ShareCode.Parameter}={Co2ShareCode.Format(Co2Choices.ForHousehold(3).Completed())}");
        await page.Locator(".co2-result").WaitForAsync();
        var onTheResult = await Accessibility.ViolationsAsync(page, fixture.AxeSource);

        Assert.True(atStart.Count == 0, "start:\n" + string.Join("\n", atStart));
        Assert.True(onAQuestion.Count == 0, "question:\n" + string.Join("\n", onAQuestion));
        Assert.True(onTheResult.Count == 0, "result:\n" + string.Join("\n", onTheResult));
    }

    /// <summary>Space ticks the first answer of the radio group, each arrow key moves one answer down.</summary>
    private static async Task ChooseAsync(IPage page, Co2Question question, int index)
    {
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal($"co2-{question.Key}", await page.EvaluateAsync<string>("() => document.activeElement.name"));
        await page.Keyboard.PressAsync("Space");
        for (var i = 0; i < index; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await page.Locator($"#co2-{question.Key}-{question.Options[index].Key}:checked").WaitForAsync();
    }

    private static async Task TabToAsync(IPage page, string text)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("() => (document.activeElement?.textContent ?? '').trim()") == text)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached '{text}'");
    }

    /// <summary>Nothing sticks out sideways: the page scrolls only up and down.</summary>
    private static async Task AssertFitsAsync(IPage page, int width) =>
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "no sideways scrolling");
}
