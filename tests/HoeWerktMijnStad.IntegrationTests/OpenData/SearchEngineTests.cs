using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HoeWerktMijnStad.Web.Features.Family;

namespace HoeWerktMijnStad.IntegrationTests.OpenData;

/// <summary>What search engines and link previews read: the sitemap, robots.txt, canonical addresses and the pages'
/// schema.org data, parsed and checked for the properties each type needs.</summary>
public sealed partial class SearchEngineTests(OgcSiteFixture fixture) : IClassFixture<OgcSiteFixture>, IDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = fixture.BaseAddress };

    public void Dispose() => _client.Dispose();

    private async Task<(string Html, List<JsonElement> Data)> PageAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<link rel=\"canonical\" href=\"http://127.0.0.1:5080{path}\"", html, StringComparison.Ordinal);
        var data = JsonLd().Matches(html).Select(m => JsonDocument.Parse(WebUtility.HtmlDecode(m.Groups[1].Value)).RootElement)
            .SelectMany(d => d.ValueKind == JsonValueKind.Array ? d.EnumerateArray().ToList() : new List<JsonElement> { d }).ToList();
        return (html, data);
    }

    private static void Has(JsonElement data, params string[] properties)
    {
        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        foreach (var property in properties)
        {
            Assert.True(data.TryGetProperty(property, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                && value.ToString().Length > 0, $"{data.GetProperty("@type")} has no {property}");
        }
    }

    private async Task<List<string>> SitemapPathsAsync()
    {
        var sitemap = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Root!.Elements(ns + "url").ToList();
        Assert.All(urls, u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.Element(ns + "lastmod")!.Value));
        return urls.Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath).ToList();
    }

    [Fact]
    public async Task The_sitemap_lists_every_kind_of_public_page_with_lastmod_and_no_private_one()
    {
        var paths = await SitemapPathsAsync();
        foreach (var prefix in new[] { "/partners/", "/aanbod/", "/werkplekken/", "/leren/lesbrieven/", "/leren/rondleidingen/",
            "/techniek-is-een-feest/gespreksonderwerpen/", "/techniek-is-een-feest/proefjes/" })
        {
            Assert.Contains(paths, p => p.StartsWith(prefix, StringComparison.Ordinal) && p.Length > prefix.Length);
        }

        Assert.Contains("/techniek-is-een-feest/uitjes", paths);
        Assert.Contains("/open-data", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/beheer", StringComparison.Ordinal) || p.StartsWith("/mijn/", StringComparison.Ordinal));

        // every page the sitemap names is there
        foreach (var path in paths.Where(p => !p.StartsWith("/ogc", StringComparison.Ordinal)).Take(60))
        {
            Assert.True((await _client.GetAsync(path)).StatusCode == HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task Robots_keeps_private_and_admin_pages_out_and_names_the_sitemap()
    {
        var robots = await _client.GetStringAsync("/robots.txt");
        foreach (var path in new[] { "/beheer", "/partner/", "/mijn/", "/account", "/agenda/school/", "/agenda/partner/" })
        {
            Assert.Contains($"Disallow: {path}\n", robots, StringComparison.Ordinal);
        }

        Assert.Contains("Sitemap: http://127.0.0.1:5080/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /partners", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_worksite_activity_lesson_and_experiment_pages_describe_themselves()
    {
        var paths = await SitemapPathsAsync();

        var (_, partner) = await PageAsync(paths.First(p => p.StartsWith("/partners/", StringComparison.Ordinal)));
        var organization = Assert.Single(partner, d => d.GetProperty("@type").GetString() == "Organization");
        Has(organization, "name", "url", "description");
        var place = organization.GetProperty("location").EnumerateArray().First();
        Assert.Equal("Place", place.GetProperty("@type").GetString());
        Assert.InRange(place.GetProperty("geo").GetProperty("latitude").GetDouble(), 52.0, 53.0);

        var (_, worksite) = await PageAsync(paths.First(p => p.StartsWith("/werkplekken/", StringComparison.Ordinal)));
        var work = Assert.Single(worksite);
        Assert.Equal("Event", work.GetProperty("@type").GetString());
        Has(work, "name", "startDate", "endDate", "location", "organizer");

        var activities = paths.Where(p => p.StartsWith("/aanbod/", StringComparison.Ordinal)).ToList();
        var found = false;
        foreach (var activity in activities)
        {
            var (_, times) = await PageAsync(activity);
            if (times.Count > 0)
            {
                Assert.All(times, t => Has(t, "name", "startDate", "endDate", "location", "organizer", "eventStatus"));
                Assert.All(times, t => Assert.True(DateTimeOffset.TryParse(t.GetProperty("startDate").GetString(), out _)));
                found = true;
                break;
            }
        }

        Assert.True(found, "no activity with open times in the demo data");

        var (_, lesson) = await PageAsync(paths.First(p => p.StartsWith("/leren/lesbrieven/", StringComparison.Ordinal)));
        var resource = Assert.Single(lesson);
        Assert.Equal("LearningResource", resource.GetProperty("@type").GetString());
        Has(resource, "name", "description", "url", "educationalLevel", "learningResourceType", "inLanguage");

        var experiment = Experiments.All[0];
        var (_, howTo) = await PageAsync($"/techniek-is-een-feest/proefjes/{experiment.Slug}");
        var steps = Assert.Single(howTo);
        Assert.Equal("HowTo", steps.GetProperty("@type").GetString());
        Has(steps, "name", "step");
        Assert.Equal(experiment.Steps.Count, steps.GetProperty("step").GetArrayLength());
        Assert.Equal(experiment.Steps[0], steps.GetProperty("step")[0].GetProperty("text").GetString());
    }

    [GeneratedRegex("<script type=\"application/ld(?:\\+|&#x2B;)json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
