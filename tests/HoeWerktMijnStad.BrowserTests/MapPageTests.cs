using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class MapPageTests(BrowserFixture fixture)
{
    private const string Markers = ".leaflet-marker-icon.map-marker, .leaflet-marker-icon.map-cluster";

    private async Task<int> ApiCountAsync(string query)
    {
        using var client = new HttpClient { BaseAddress = fixture.BaseAddress };
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/map/features{query}");
        return json.GetProperty("features").GetArrayLength();
    }

    private static async Task WaitForMapAsync(IPage page)
    {
        await page.WaitForSelectorAsync(Markers);
        await page.WaitForFunctionAsync("() => document.querySelector('[data-map-status]').textContent.includes('op de kaart')");
    }

    private static int StatusCount(string status) =>
        int.Parse(new string(status.TakeWhile(c => char.IsDigit(c) || c == '.').Where(char.IsDigit).ToArray()), CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_home_page_draws_markers_and_lists_the_same_places()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await WaitForMapAsync(page);

        var listed = await page.Locator("li.result").CountAsync();
        var status = await page.Locator("[data-map-status]").TextContentAsync();

        Assert.True(listed > 40, $"{listed} results listed");
        Assert.Equal(listed, StatusCount(status!));
        Assert.Equal(listed, await ApiCountAsync(""));
        Assert.True(await page.Locator(Markers).CountAsync() > 0);
    }

    [Fact]
    public async Task A_theme_filter_narrows_the_map_and_the_list_without_a_reload()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await WaitForMapAsync(page);
        var before = await page.Locator("li.result").CountAsync();
        await page.EvaluateAsync("() => window.notReloaded = true");

        await page.SelectOptionAsync("#f-theme", "mobiliteit");
        await page.WaitForURLAsync("**/kaart?*theme=mobiliteit*");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('li.result').length !== {before}");
        await WaitForMapAsync(page);

        var after = await page.Locator("li.result").CountAsync();
        var expected = await ApiCountAsync("?theme=mobiliteit");
        Assert.True(after > 0 && after < before, $"{after} of {before}");
        Assert.Equal(expected, after);
        Assert.Equal(after, StatusCount((await page.Locator("[data-map-status]").TextContentAsync())!));
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page did not reload");
    }

    [Fact]
    public async Task Near_a_school_the_results_are_ordered_by_distance()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await WaitForMapAsync(page);

        await page.SelectOptionAsync("#f-radius", "10000");
        await page.Locator("#f-school").SelectOptionAsync(new SelectOptionValue { Label = "Vakcollege De Stadsmakers (Amsterdam)" });
        await page.WaitForSelectorAsync("text=dichtbij Vakcollege De Stadsmakers");
        await WaitForMapAsync(page);

        var distances = (await page.Locator(".result__distance").AllTextContentsAsync()).Select(Meters).ToList();
        Assert.True(distances.Count > 2, $"{distances.Count} results near the school");
        Assert.Equal(distances.Order(), distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 10_000));
        Assert.Contains("school=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agendas_events_are_a_layer_turned_on_with_the_keyboard()
    {
        var expected = await ApiCountAsync("?layer=events");
        Assert.True(expected > 0, "the demo data has no events with a place");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/kaart?layer=trips");
        await WaitForMapAsync(page);
        Assert.Equal(0, await page.Locator(".result--events").CountAsync());

        await page.Locator("#f-layer-events").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        // the filter changes the address with history.pushState (no navigation), so the test reads the address itself
        await page.WaitForFunctionAsync("() => location.search.includes('layer=events')");
        await page.Locator("#f-layer-trips").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("() => !location.search.includes('trips')");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('.result--events').length === {expected} && document.querySelectorAll('.result--trips').length === 0");
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-map-status]').textContent.startsWith('{expected} ')");
        await page.WaitForSelectorAsync(".leaflet-marker-icon.map-marker--events, .leaflet-marker-icon.map-cluster");
        Assert.StartsWith("/agenda/", await page.Locator(".result--events a").First.GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markers_and_clusters_can_be_reached_with_the_keyboard()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await WaitForMapAsync(page);

        var focusable = page.Locator(".leaflet-marker-icon[tabindex='0'][role='button']");
        Assert.True(await focusable.CountAsync() > 0);
        await focusable.First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync(".leaflet-popup, .leaflet-marker-icon.map-marker");
    }

    [Fact]
    public async Task On_a_phone_the_map_comes_before_the_filters_and_the_list()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        await WaitForMapAsync(page);

        var map = await page.Locator("[data-map-canvas]").BoundingBoxAsync();
        var filters = await page.Locator("form[data-map-filters]").BoundingBoxAsync();
        var results = await page.Locator("#resultaten").BoundingBoxAsync();

        Assert.True(map!.Y < filters!.Y && filters.Y < results!.Y);
        Assert.True(map.Width <= 390);
    }

    private static double Meters(string text)
    {
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        return text.EndsWith(" km", StringComparison.Ordinal)
            ? double.Parse(text[..^3], nl) * 1000
            : double.Parse(text[..^2], nl);
    }
}
