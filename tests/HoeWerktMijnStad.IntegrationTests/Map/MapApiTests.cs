using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;

namespace HoeWerktMijnStad.IntegrationTests.Map;

public sealed class MapApiTests(MapFixture fixture) : IClassFixture<MapFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    private async Task<JsonElement> GetAsync(string query)
    {
        var response = await _client.GetAsync($"/api/map/features{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The fixture's names (S1, W1, SC2, ...) of the features, in the order given.</summary>
    private async Task<string[]> KeysAsync(string query)
    {
        var json = await GetAsync(query);
        var byFeatureId = fixture.Ids.ToDictionary(
            p => $"{(p.Key.StartsWith("SC", StringComparison.Ordinal) ? "schools" : p.Key[0] == 'W' ? "worksites" : "sites")}-{p.Value}",
            p => p.Key);
        return json.GetProperty("features").EnumerateArray().Select(f => byFeatureId[f.GetProperty("id").GetString()!]).ToArray();
    }

    [Fact]
    public async Task By_default_the_map_shows_sites_and_todays_worksites_of_partners_on_the_map()
    {
        var keys = await KeysAsync("");

        Assert.Equal(["S1", "S2", "S3", "W1"], keys.Order());
    }

    [Fact]
    public async Task A_bbox_keeps_what_lies_inside_it()
    {
        Assert.Equal(["S1", "W1"], (await KeysAsync("?bbox=4.85,52.36,4.95,52.39")).Order());
        Assert.Equal(["SC1", "SC2"], (await KeysAsync("?layer=schools&bbox=4.85,52.35,4.96,52.375")).Order());
    }

    [Theory]
    [InlineData("?bbox=3.2,50.7,7.3,53.6")] // the Netherlands
    [InlineData("?bbox=-40,52.36,50,60")] // a great circle between the bottom corners passes 61 N at 4.9 E
    [InlineData("?bbox=0,-90,179.99,90")] // half the world: its edges as great circles would be antipodal
    [InlineData("?bbox=-175,-90,4.96,90")]
    [InlineData("?bbox=-170,-89,4.96,89")]
    [InlineData("?bbox=-2.6,52.36,12.4,53")] // through the index: a great circle between its bottom corners passes 52.6 N
    public async Task A_wide_bbox_keeps_what_lies_inside_its_rectangle(string query)
    {
        Assert.Equal(["S1", "S2", "S3", "W1"], (await KeysAsync(query)).Order());
    }

    [Fact]
    public async Task A_bbox_just_beside_the_features_keeps_none_of_them()
    {
        Assert.Empty(await KeysAsync("?bbox=-40,52.42,50,60"));
        Assert.Empty(await KeysAsync("?bbox=4.95,40,120,60"));
        Assert.Empty(await KeysAsync("?bbox=-2.6,52.42,12.4,53"));
    }

    [Fact]
    public async Task Near_a_point_gives_what_lies_within_the_radius_nearest_first()
    {
        Assert.Equal(["W1", "S1"], await KeysAsync("?near=4.9,52.37&radius=2000"));
        Assert.Equal(["SC1", "W1", "S1", "SC2", "S2", "S3"], await KeysAsync("?near=4.9,52.37&radius=50000&layer=sites,worksites,schools"));
    }

    [Fact]
    public async Task Distances_agree_with_PostGIS_to_within_a_metre()
    {
        var json = await GetAsync("?near=4.9,52.37&radius=50000&layer=sites,worksites,schools");
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();

        foreach (var feature in json.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var table = properties.GetProperty("layer").GetString();
            await using var command = new NpgsqlCommand(
                $"SELECT ST_Distance(location, ST_SetSRID(ST_MakePoint(4.9, 52.37), 4326)::geography) FROM {table} WHERE id = $1", connection);
            command.Parameters.AddWithValue(properties.GetProperty("id").GetInt32());
            var postgis = (double)(await command.ExecuteScalarAsync())!;

            Assert.InRange(properties.GetProperty("distance_m").GetDouble(), postgis - 1, postgis + 1);
        }
    }

    [Fact]
    public async Task The_radius_cuts_at_the_exact_distance_in_metres()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT ST_Distance(location, ST_SetSRID(ST_MakePoint(4.9, 52.37), 4326)::geography) FROM sites WHERE id = $1", connection);
        command.Parameters.AddWithValue(fixture.Ids["S1"]);
        var distance = (double)(await command.ExecuteScalarAsync())!;

        Assert.Equal(["W1"], await KeysAsync($"?near=4.9,52.37&radius={(int)Math.Floor(distance) - 1}"));
        Assert.Equal(["W1", "S1"], await KeysAsync($"?near=4.9,52.37&radius={(int)Math.Ceiling(distance) + 1}"));
    }

    [Fact]
    public async Task Worksites_show_on_the_days_they_run()
    {
        Assert.Equal(["W1", "W3"], (await KeysAsync("?layer=worksites&date=2026-06-25")).Order());
        Assert.Equal(["W1", "W2"], (await KeysAsync("?layer=worksites&date=2026-06-05")).Order());
        Assert.Equal(["W3"], await KeysAsync("?layer=worksites&date=2026-07-15"));
        Assert.Empty(await KeysAsync("?layer=worksites&date=2026-08-01"));
    }

    [Theory]
    [InlineData("?theme=mobiliteit", new[] { "S3", "W1" })]
    [InlineData("?theme=gebouwde-omgeving", new string[0])]
    [InlineData("?activity=bedrijfsbezoek", new[] { "S1" })]
    [InlineData("?activity=gastles", new[] { "S1", "S2" })]
    [InlineData("?activity=werkplekbezoek", new[] { "W1" })]
    [InlineData("?kind=netbeheerder", new[] { "S3", "W1" })]
    [InlineData("?kind=bouw", new string[0])]
    [InlineData("?level=vmbo&layer=sites,worksites,schools", new[] { "S1", "S2", "SC2", "W1" })]
    [InlineData("?level=po&layer=sites,worksites,schools", new[] { "S3", "SC1" })]
    [InlineData("?theme=energie&level=mbo", new[] { "S1", "S2" })]
    public async Task Each_filter_narrows_the_features(string query, string[] expected)
    {
        Assert.Equal(expected.Order(), (await KeysAsync(query)).Order());
    }

    [Fact]
    public async Task A_feature_carries_what_the_map_and_list_need()
    {
        var json = await GetAsync("?near=4.9,52.37&radius=2000");
        var worksite = json.GetProperty("features")[0];
        var site = json.GetProperty("features")[1];

        Assert.Equal("Polygon", worksite.GetProperty("geometry").GetProperty("type").GetString());
        var w = worksite.GetProperty("properties");
        Assert.Equal("worksites", w.GetProperty("layer").GetString());
        Assert.Equal("Kabels in de Kade", w.GetProperty("name").GetString());
        Assert.Equal("Stroomnet", w.GetProperty("partner").GetString());
        Assert.Equal("stroomnet", w.GetProperty("partnerSlug").GetString());
        Assert.Equal($"/werkplekken/{fixture.Ids["W1"]}", w.GetProperty("url").GetString());
        Assert.Equal("2026-06-05", w.GetProperty("start").GetString());
        Assert.Equal("2026-06-25", w.GetProperty("end").GetString());
        Assert.Equal([4.91, 52.37], w.GetProperty("marker").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal(["energie", "mobiliteit"], w.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));

        Assert.Equal("Point", site.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([4.9, 52.379], site.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal("/partners/warmte-noord", site.GetProperty("properties").GetProperty("url").GetString());
        Assert.Equal("Office", site.GetProperty("properties").GetProperty("kind").GetString());
        Assert.Equal("FeatureCollection", json.GetProperty("type").GetString());
        Assert.False(json.GetProperty("truncated").GetBoolean());
    }

    [Theory]
    [InlineData("?bbox=4.8,52.3,4.9", "bbox")]
    [InlineData("?bbox=4.8,52.3,4.9,95", "bbox")]
    [InlineData("?bbox=-180,-90,180,90", "bbox")]
    [InlineData("?bbox=-10,0,170,60", "bbox")]
    [InlineData("?bbox=-179,-89,179,89", "bbox")]
    [InlineData("?bbox=170,-10,-170,10", "bbox")]
    [InlineData("?bbox=-181,0,10,10", "bbox")]
    [InlineData("?bbox=NaN,0,10,10", "bbox")]
    [InlineData("?near=4.9,52.3&radius=-100", "radius")]
    [InlineData("?near=4.9,52.3&radius=60000", "radius")]
    [InlineData("?near=4.9,91", "near")]
    [InlineData("?layer=bikes", "layer")]
    [InlineData("?date=morgen", "date")]
    [InlineData("?theme=water", "theme")]
    public async Task Bad_parameters_get_a_problem_that_names_them(string query, string parameter)
    {
        var response = await _client.GetAsync($"/api/map/features{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var messages = problem.GetProperty("errors").GetProperty(parameter);
        Assert.Contains(parameter, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_answer_is_not_sent_twice()
    {
        var first = await _client.GetAsync("/api/map/features?theme=energie");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/map/features?theme=energie");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        var other = await _client.GetAsync("/api/map/features?theme=mobiliteit");
        Assert.NotEqual(etag, other.Headers.ETag);
    }
}
