using System.Net;
using System.Text.RegularExpressions;
using HoeWerktMijnStad.IntegrationTests.Map;
using HoeWerktMijnStad.Web.Features.Family.Co2Game;

namespace HoeWerktMijnStad.IntegrationTests.Family;

/// <summary>The CO2 game's page on the real site: Blazor's script on this page only, the introduction and the
/// numbers before any connection, a shared result rendered by the server, bad links handled.</summary>
public sealed partial class Co2GamePageTests(MapFixture fixture) : IClassFixture<MapFixture>
{
    private const string GamePath = "/techniek-is-een-feest/co2-huis";

    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [GeneratedRegex("<script[^>]+src=\"(?<src>[^\"]*_framework/blazor\\.web[^\"]*)\"[^>]*>")]
    private static partial Regex BlazorScript();

    [Fact]
    public async Task Only_the_game_page_loads_Blazor_and_its_script_is_served_from_the_site()
    {
        var game = await _client.GetStringAsync(GamePath);
        var script = BlazorScript().Match(game);

        Assert.True(script.Success, "the game page loads blazor.web.js");
        Assert.Contains("autostart=\"false\"", script.Value, StringComparison.Ordinal);
        Assert.Matches("<script type=\"module\" src=\"assets/islands[^\"]*\\.js\"", game);
        var served = await _client.GetAsync(script.Groups["src"].Value);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("javascript", served.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

        foreach (var path in new[] { "/", "/kaart", "/partners", "/werkplekken", "/aanbod", "/inloggen" })
        {
            var html = await _client.GetStringAsync(path);
            Assert.False(BlazorScript().IsMatch(html), $"{path} loads no Blazor script");
            Assert.DoesNotContain("islands", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Before_a_connection_the_page_shows_the_introduction_and_the_numbers_with_their_sources()
    {
        var html = await _client.GetStringAsync(GamePath);

        Assert.Contains("<h1>Het CO2-huis</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Het spel wordt geladen…", html, StringComparison.Ordinal);
        Assert.Contains("Over de getallen", html, StringComparison.Ordinal);
        Assert.Contains("0,374 kg CO2 per kWh", html, StringComparison.Ordinal);
        Assert.Contains("CBS, Energieverbruik particuliere woningen, 2022.", html, StringComparison.Ordinal);
        // the prerendered island carries the marker that blazor.web.js turns into a live component
        Assert.Contains("<!--Blazor:{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_circuit_endpoint_answers_under_the_sites_content_security_policy()
    {
        var response = await _client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        var csp = string.Join(" ", (await _client.GetAsync(GamePath)).Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("WebSockets", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_link_shows_the_result_rendered_by_the_server()
    {
        var choices = Co2Choices.ForHousehold(3).With(Co2Questions.Travel, "fiets").With(Co2Questions.Heating, "hybride").Completed();
        var result = Co2Result.For(choices);

        var html = await _client.GetStringAsync(Co2ShareCode.Url(choices));

        Assert.Contains($"<span class=\"co2-score__number\">{result.Score}</span> van de 100 punten", html, StringComparison.Ordinal);
        Assert.Contains(Co2Format.Kg(result.Day.TotalKg), html, StringComparison.Ordinal);
        Assert.Contains("Speel het spel zelf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Het spel wordt geladen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("niet alles in deze link klopte", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("mensen:99")]
    [InlineData("zzz")]
    public async Task A_link_without_a_readable_result_shows_the_game_with_a_notice(string keuzes)
    {
        var response = await _client.GetAsync($"{GamePath}?keuzes={keuzes}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("In deze link staat geen uitslag die we kunnen lezen", html, StringComparison.Ordinal);
        Assert.Contains("Het spel wordt geladen…", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_with_some_bad_parts_shows_the_result_and_says_what_it_assumed()
    {
        var html = await _client.GetStringAsync($"{GamePath}?keuzes=mensen:2,licht:disco,douche:5min");

        Assert.Contains("Niet alles in deze link klopte", html, StringComparison.Ordinal);
        Assert.Contains("van de 100 punten", html, StringComparison.Ordinal);
        Assert.Contains("2 bewoners", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_far_too_long_is_not_read_and_does_not_fail()
    {
        var response = await _client.GetAsync($"{GamePath}?keuzes={new string('a', 5_000)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("In deze link staat geen uitslag", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
