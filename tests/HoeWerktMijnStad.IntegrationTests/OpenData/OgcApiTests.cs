using System.Net;
using System.Text.Json;
using HoeWerktMijnStad.IntegrationTests.Map;

namespace HoeWerktMijnStad.IntegrationTests.OpenData;

/// <summary>The OGC API's parameters over the map fixture's known places (three partners, one off the map; worksites
/// running, finished and upcoming around the fixture's day).</summary>
public sealed class OgcApiTests(MapFixture fixture) : IClassFixture<MapFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    private async Task<JsonElement> JsonAsync(string path, string type = "application/geo+json")
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<int[]> IdsAsync(string path) =>
        (await JsonAsync(path)).GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt32()).Order().ToArray();

    private int[] Of(params string[] keys) => keys.Select(k => fixture.Ids[k]).Order().ToArray();

    [Fact]
    public async Task The_landing_page_links_the_api_the_conformance_and_the_collections()
    {
        var landing = await JsonAsync("/ogc?f=json", "application/json");
        var rels = landing.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "self", "alternate", "service-desc", "service-doc", "conformance", "data" }, rels.ToHashSet());

        var conformance = await JsonAsync("/ogc/conformance", "application/json");
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));

        var collections = await JsonAsync("/ogc/collections", "application/json");
        Assert.Equal(["partner-sites", "worksites", "schools", "family-trips", "events"],
            collections.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Only_places_of_partners_on_the_map_with_their_own_ids()
    {
        Assert.Equal(Of("S1", "S2", "S3"), await IdsAsync("/ogc/collections/partner-sites/items"));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/ogc/collections/partner-sites/items/{fixture.Ids["S4"]}")).StatusCode);

        var one = await JsonAsync($"/ogc/collections/partner-sites/items/{fixture.Ids["S1"]}");
        Assert.Equal(fixture.Ids["S1"], one.GetProperty("id").GetInt32());
        Assert.EndsWith("/partners/warmte-noord", one.GetProperty("properties").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains(one.GetProperty("links").EnumerateArray(), l => l.GetProperty("rel").GetString() == "collection");
    }

    [Theory]
    [InlineData("", new[] { "W1" })] // today
    [InlineData("?datetime=2026-06-12", new[] { "W1" })] // an instant
    [InlineData("?datetime=2026-06-15T21:30:00Z", new[] { "W1" })] // an instant with a time, 23:30 in Amsterdam
    [InlineData("?datetime=2026-06-01/2026-06-30", new[] { "W1", "W2", "W3" })]
    [InlineData("?datetime=../2026-06-12", new[] { "W1", "W2" })]
    [InlineData("?datetime=2026-06-12/..", new[] { "W1", "W3" })]
    [InlineData("?datetime=2026-07-10/", new[] { "W3" })]
    public async Task Datetime_keeps_worksites_running_at_that_moment_or_in_that_period(string query, string[] expected)
    {
        Assert.Equal(Of(expected), await IdsAsync($"/ogc/collections/worksites/items{query}"));
    }

    [Fact]
    public async Task Property_filters_and_a_bbox_narrow_the_items()
    {
        Assert.Equal(Of("S3"), await IdsAsync("/ogc/collections/partner-sites/items?theme=mobiliteit"));
        Assert.Equal(Of("S2"), await IdsAsync("/ogc/collections/partner-sites/items?type=techlab"));
        Assert.Equal(Of("S1", "S2"), await IdsAsync("/ogc/collections/partner-sites/items?partner=warmte-noord"));
        Assert.Equal(Of("S1"), await IdsAsync("/ogc/collections/partner-sites/items?bbox=4.85,52.36,4.95,52.39&bbox-crs=http://www.opengis.net/def/crs/OGC/1.3/CRS84"));
        Assert.Equal(Of("SC1"), await IdsAsync("/ogc/collections/schools/items?type=basisschool"));
        Assert.Equal(Of("SC2"), await IdsAsync("/ogc/collections/schools/items?level=vmbo"));
    }

    [Fact]
    public async Task Pages_follow_next_and_prev_links_with_the_numbers_matched_and_returned()
    {
        var first = await JsonAsync("/ogc/collections/partner-sites/items?limit=2");
        Assert.Equal(3, first.GetProperty("numberMatched").GetInt32());
        Assert.Equal(2, first.GetProperty("numberReturned").GetInt32());
        var next = first.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "next").GetProperty("href").GetString()!;
        Assert.DoesNotContain(first.GetProperty("links").EnumerateArray(), l => l.GetProperty("rel").GetString() == "prev");

        var second = await JsonAsync(new Uri(next).PathAndQuery);
        Assert.Equal(1, second.GetProperty("numberReturned").GetInt32());
        Assert.DoesNotContain(second.GetProperty("links").EnumerateArray(), l => l.GetProperty("rel").GetString() == "next");
        Assert.Contains(second.GetProperty("links").EnumerateArray(), l => l.GetProperty("rel").GetString() == "prev");
        var all = first.GetProperty("features").EnumerateArray().Concat(second.GetProperty("features").EnumerateArray()).Select(f => f.GetProperty("id").GetInt32());
        Assert.Equal(Of("S1", "S2", "S3"), all.Order().ToArray());

        var response = await _client.GetAsync("/ogc/collections/partner-sites/items?limit=2");
        Assert.Contains("rel=\"next\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ogc/collections/partner-sites/items?limit=0", "limit")]
    [InlineData("/ogc/collections/partner-sites/items?limit=10001", "limit")]
    [InlineData("/ogc/collections/partner-sites/items?offset=-1", "offset")]
    [InlineData("/ogc/collections/partner-sites/items?bbox=4.8,52.3", "bbox")]
    [InlineData("/ogc/collections/partner-sites/items?bbox-crs=http://www.opengis.net/def/crs/EPSG/0/28992", "bbox-crs")]
    [InlineData("/ogc/collections/partner-sites/items?datetime=2026-06-01", "datetime")]
    [InlineData("/ogc/collections/worksites/items?datetime=gisteren", "datetime")]
    [InlineData("/ogc/collections/worksites/items?datetime=2026-07-01/2026-06-01", "datetime")]
    [InlineData("/ogc/collections/worksites/items?type=techlab", "type")]
    [InlineData("/ogc/collections/schools/items?theme=paars", "theme")]
    [InlineData("/ogc/collections/family-trips/items?kleur=rood", "kleur")]
    [InlineData("/ogc/collections?f=xml", "f")]
    public async Task A_bad_parameter_gets_a_400_exception_that_names_it(string path, string parameter)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var exception = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("InvalidParameterValue", exception.GetProperty("code").GetString());
        Assert.Contains(parameter, exception.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_collection_or_feature_is_a_404_exception()
    {
        foreach (var path in new[] { "/ogc/collections/kermis", "/ogc/collections/kermis/items", "/ogc/collections/schools/items/abc", "/ogc/collections/schools/items/999999" })
        {
            var response = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("NotFound", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task A_browser_gets_html_with_a_map_and_links_to_the_sites_pages()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections/partner-sites/items");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var response = await _client.SendAsync(request);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<hwms-mini-map", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/partners/warmte-noord\"", html, StringComparison.Ordinal);
        Assert.Contains("Feature 1 tot en met 3 van 3.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_answer_is_a_304()
    {
        var first = await _client.GetAsync("/ogc/collections/schools/items");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections/schools/items");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }
}
