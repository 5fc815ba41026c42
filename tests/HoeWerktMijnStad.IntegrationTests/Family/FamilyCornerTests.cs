using System.Net;
using System.Text.Json;
using HoeWerktMijnStad.IntegrationTests.Map;
using HoeWerktMijnStad.Web.Features.Family;

namespace HoeWerktMijnStad.IntegrationTests.Family;

/// <summary>The family corner's pages and the trips layer, on a database migrated like production (the trips
/// are shipped by the migration).</summary>
public sealed class FamilyCornerTests(MapFixture fixture) : IClassFixture<MapFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    private async Task<string[]> TripNamesAsync(string query)
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync($"/api/map/features{query}")).RootElement;
        var features = json.GetProperty("features").EnumerateArray().ToList();
        Assert.All(features, f => Assert.Equal("trips", f.GetProperty("properties").GetProperty("layer").GetString()));
        return features.Select(f => f.GetProperty("properties").GetProperty("name").GetString()!).ToArray();
    }

    [Fact]
    public async Task The_trips_layer_shows_the_real_places_and_only_when_asked()
    {
        var all = await TripNamesAsync("?layer=trips");
        Assert.True(all.Length >= 8, $"{all.Length} trips");
        Assert.Contains("Rioolwaterzuivering Amsterdam-West", all);
        Assert.Contains("Amsterdamse Waterleidingduinen", all);
        Assert.Contains("De Groene Energiefabriek van Meerlanden", all);
        Assert.Contains("NEMO Science Museum", all);

        // near NEMO's entrance: NEMO itself, then Micropia about 750 m away; the Westergasfabriek (2.6 km) is out
        Assert.Equal(["NEMO Science Museum", "Micropia"], await TripNamesAsync("?layer=trips&near=4.9123,52.3738&radius=1500"));

        var byDefault = await _client.GetStringAsync("/api/map/features");
        Assert.DoesNotContain("trips-", byDefault, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_page_lists_the_trips_with_a_link_to_each_one()
    {
        var html = await _client.GetStringAsync("/kaart?layer=trips");

        Assert.Contains("Molen van Sloten", html, StringComparison.Ordinal);
        Assert.Contains("poldermolen", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/techniek-is-een-feest/uitjes#uitje-\\d+\"", html);
        Assert.Contains("id=\"f-layer-trips\" name=\"layer\" value=\"trips\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trips_page_has_an_anchor_for_every_place_the_map_links_to()
    {
        var html = await _client.GetStringAsync("/techniek-is-een-feest/uitjes");
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/map/features?layer=trips")).RootElement;

        foreach (var feature in json.GetProperty("features").EnumerateArray())
        {
            var url = feature.GetProperty("properties").GetProperty("url").GetString()!;
            Assert.Contains($"id=\"{url[(url.IndexOf('#') + 1)..]}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("Wat kun je verwachten", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_family_corner_links_every_topic_and_each_topic_has_questions_a_task_and_related_things()
    {
        var home = await _client.GetStringAsync("/techniek-is-een-feest");
        foreach (var topic in Topics.All)
        {
            Assert.Contains($"href=\"/techniek-is-een-feest/gespreksonderwerpen/{topic.Slug}\"", home, StringComparison.Ordinal);
            var page = await _client.GetStringAsync($"/techniek-is-een-feest/gespreksonderwerpen/{topic.Slug}");
            Assert.Contains("Vragen om samen over te praten", page, StringComparison.Ordinal);
            Assert.Contains("Speurtocht", page, StringComparison.Ordinal);
            Assert.Contains("Erop uit", page, StringComparison.Ordinal);
        }

        foreach (var place in new[] { "Artis", "NEMO", "Tunfun", "OBA" })
        {
            Assert.Contains(place, home, StringComparison.Ordinal);
        }

        // the sewage topic links the water-filter experiment and the sewage treatment plant
        var sewage = await _client.GetStringAsync("/techniek-is-een-feest/gespreksonderwerpen/riool");
        Assert.Contains("/techniek-is-een-feest/proefjes/waterfilter-maken", sewage, StringComparison.Ordinal);
        Assert.Contains("Rioolwaterzuivering Amsterdam-West", sewage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_experiment_page_has_everything_to_do_it_and_the_list_filters_by_age()
    {
        var html = await _client.GetStringAsync("/techniek-is-een-feest/proefjes/stroomkring-met-citroen");
        foreach (var part in new[] { "Wat heb je nodig?", "Zo doe je het", "Veilig werken", "Wat leer je?", "9-14 jaar", "40 minuten", "data-print" })
        {
            Assert.Contains(part, html, StringComparison.Ordinal);
        }

        var forSixYearOlds = await _client.GetStringAsync("/techniek-is-een-feest/proefjes?leeftijd=6");
        Assert.Contains("Bouw een windmolen van papier", forSixYearOlds, StringComparison.Ordinal);
        Assert.DoesNotContain("Een batterij van citroenen", forSixYearOlds, StringComparison.Ordinal);
        Assert.Contains($"{Experiments.All.Count(e => e.MinAge <= 6)} proefjes", forSixYearOlds, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/techniek-is-een-feest/proefjes/bestaat-niet")]
    [InlineData("/techniek-is-een-feest/gespreksonderwerpen/bestaat-niet")]
    public async Task An_unknown_topic_or_experiment_is_not_found(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(url)).StatusCode);
    }
}
