using System.Text.RegularExpressions;
using HoeWerktMijnStad.TestSupport;

namespace HoeWerktMijnStad.IntegrationTests.OpenData;

/// <summary>The OGC API as real clients read it: GDAL's OAPIF driver (what QGIS uses) and an OpenAPI validator.</summary>
public sealed partial class OgcClientTests(OgcSiteFixture fixture) : IClassFixture<OgcSiteFixture>
{
    private const string Ogrinfo = "/usr/bin/ogrinfo";

    /// <summary>What the database holds that the API may publish, per collection: the map's public rule.</summary>
    private static readonly Dictionary<string, string> Published = new()
    {
        ["partner-sites"] = "SELECT count(*) FROM sites s JOIN partners p ON p.id = s.partner_id WHERE p.map_status = 'on_map'",
        ["worksites"] = "SELECT count(*) FROM worksites w JOIN partners p ON p.id = w.partner_id WHERE p.map_status = 'on_map' "
            + "AND w.start_date <= (now() AT TIME ZONE 'Europe/Amsterdam')::date AND w.end_date >= (now() AT TIME ZONE 'Europe/Amsterdam')::date",
        ["schools"] = "SELECT count(*) FROM schools",
        ["family-trips"] = "SELECT count(*) FROM trips",
        ["events"] = "SELECT count(*) FROM network_events e LEFT JOIN partners p ON p.id = e.partner_id WHERE e.cancelled_at IS NULL "
            + "AND (e.partner_id IS NULL OR p.map_status = 'on_map') "
            + "AND e.ends_at > (date_trunc('day', now() AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam')",
    };

    private string Service => $"OAPIF:{new Uri(fixture.BaseAddress, "/ogc")}";

    [Fact]
    public async Task Gdal_lists_the_collections_with_the_counts_the_database_has()
    {
        var (exit, output) = await OgcSiteFixture.RunAsync(Ogrinfo, "-ro", "-al", "-so", Service);
        Assert.True(exit == 0, output);
        foreach (var (collection, sql) in Published)
        {
            var expected = await fixture.CountAsync(sql);
            Assert.True(expected > 0, $"the demo data has no {collection}");
            var count = Regex.Match(output, $"Layer name: {collection}\\n(?:.*\\n)*?Feature Count: (\\d+)");
            Assert.True(count.Success, output);
            Assert.Equal(expected, long.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("partner-sites")]
    [InlineData("worksites")]
    [InlineData("schools")]
    [InlineData("family-trips")]
    [InlineData("events")]
    public async Task Gdal_reads_every_item_through_the_pages(string collection)
    {
        // small pages, so GDAL follows the next links many times
        var (exit, output) = await OgcSiteFixture.RunAsync(Ogrinfo, "-ro", "-al", "-q", "-oo", "PAGE_SIZE=7", Service, collection);
        Assert.True(exit == 0, output);
        var ids = FeatureId().Matches(output).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(await fixture.CountAsync(Published[collection]), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task The_openapi_document_validates()
    {
        var validator = Path.Combine(RepositoryPaths.Root, "tools", "openapi-check", "validate.mjs");
        var (exit, output) = await OgcSiteFixture.RunAsync("node", validator, new Uri(fixture.BaseAddress, "/ogc/api").ToString());
        Assert.True(exit == 0, output);
        Assert.StartsWith("valid:", output, StringComparison.Ordinal);
        // the document is written from the collections: the agenda's events and their datetime are in it
        using var http = new HttpClient();
        var document = await http.GetStringAsync(new Uri(fixture.BaseAddress, "/ogc/api"));
        Assert.Contains("\"events\"", document, StringComparison.Ordinal);
    }

    // "  id (Integer) = 12" in ogrinfo's listing of a feature
    [GeneratedRegex(@"^\s+id \(Integer\) = (\d+)$", RegexOptions.Multiline)]
    private static partial Regex FeatureId();
}
