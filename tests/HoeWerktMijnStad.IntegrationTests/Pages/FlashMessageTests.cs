using System.Globalization;
using System.Net;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using HoeWerktMijnStad.TestSupport;

namespace HoeWerktMijnStad.IntegrationTests.Pages;

/// <summary>What a save did is said once on the next page, from the site's own words: never from the address.</summary>
public sealed class FlashMessageTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, string> Site(string name) => new()
    {
        ["Input.PartnerSlug"] = "partner-a",
        ["Input.Id"] = "0",
        ["Input.Name"] = name,
        ["Input.Kind"] = "TechLab",
        ["Input.Address"] = "Flitsstraat 1",
        ["Input.City"] = "Amsterdam",
        ["Input.Longitude"] = 4.91.ToString(CultureInfo.InvariantCulture),
        ["Input.Latitude"] = 52.35.ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_save_is_confirmed_once_on_the_page_it_leads_to_and_not_after_a_reload()
    {
        var client = await fixture.SignedInAsync("editor-a@partner.example.nl");

        var (response, html) = await client.PostFormAsync("/partner/locaties?partner=partner-a", Site("Flitslab"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("bericht=", response.RequestMessage!.RequestUri!.Query, StringComparison.Ordinal);
        Assert.Contains("Flitslab is opgeslagen en staat op de kaart.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("class=\"flash flash--success\" role=\"status\"", html, StringComparison.Ordinal);

        var again = await client.GetStringAsync("/partner/locaties?partner=partner-a");
        Assert.DoesNotContain("is opgeslagen en staat op de kaart", WebUtility.HtmlDecode(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_cannot_make_the_site_say_its_words()
    {
        var client = await fixture.SignedInAsync("editor-a@partner.example.nl");

        var html = await client.GetStringAsync("/partner/locaties?partner=partner-a&bericht=Uw%20account%20is%20geblokkeerd.%20Bel%20ons.");

        Assert.DoesNotContain("Uw account is geblokkeerd", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"flash", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_or_stale_message_cookie_shows_nothing_and_breaks_nothing()
    {
        var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/partners");
        request.Headers.Add("Cookie", "hwms_flash=CfDJ8forged-message-that-was-never-sealed");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("class=\"flash", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hwms_flash=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_message_waits_for_a_page_and_is_not_taken_by_an_image_or_the_map_api()
    {
        // cookies kept, redirects not followed: the browser fetches other things before the next page
        var client = fixture.Factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(new CookieContainer()));
        await client.SignInAsync(SelfServiceWorld.EditorA, SelfServiceWorld.Password);

        var (saved, _) = await client.PostFormAsync("/partner/locaties?partner=partner-a", Site("Wachtlab"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith("/partner/locaties?partner=partner-a", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await client.GetAsync("/api/map/features?layer=sites");
        await client.GetAsync("/favicon.svg");

        var page = await client.GetStringAsync(saved.Headers.Location);
        Assert.Contains("Wachtlab is opgeslagen en staat op de kaart.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }
}
