using System.Net;
using System.Text.RegularExpressions;
using HoeWerktMijnStad.IntegrationTests.OpenData;
using Xunit.Abstractions;

namespace HoeWerktMijnStad.IntegrationTests.Embeds;

/// <summary>The embeds over the demo data on a real Kestrel server: who may frame what, how much a browser fetches
/// for each (without the map), and that they work as plain HTML with every link opening the site in a new tab.</summary>
public sealed partial class EmbedPageTests(OgcSiteFixture fixture, ITestOutputHelper output) : IClassFixture<OgcSiteFixture>
{
    public const int Budget = 50 * 1024;

    private const string Partner = "warmtewerk-installaties";

    private static readonly string[] Embeds = [$"/insluiten/partners/{Partner}", $"/insluiten/partners/{Partner}/aanbod", "/insluiten/kaart", "/insluiten/kaart?layer=sites&theme=energie"];

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = fixture.BaseAddress };

    [Fact]
    public async Task Only_the_embeds_may_be_framed_by_any_site_and_they_set_no_cookie()
    {
        using var client = Client();
        foreach (var path in Embeds.Append("/insluiten/resize.js"))
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors *", policy, StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("X-Frame-Options"), path);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} sets a cookie");
        }

        foreach (var path in new[] { "/", "/kaart", $"/partners/{Partner}", "/agenda", "/partner/insluiten", "/inloggen", "/insluitenx", "/api/map/features" })
        {
            var response = await client.GetAsync(path);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("frame-ancestors *", policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Each_embed_with_what_a_browser_fetches_for_it_stays_under_50_KB_without_the_map_and_the_resize_script_under_1_KB()
    {
        using var client = Client();
        foreach (var path in Embeds)
        {
            var html = await client.GetStringAsync(path);
            long total = System.Text.Encoding.UTF8.GetByteCount(html);
            var assets = Asset().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
                // the map: its module and symbols, and Leaflet, which that module loads
                .Where(a => !a.Contains("assets/map", StringComparison.Ordinal)).Distinct().ToList();
            foreach (var asset in assets)
            {
                total += (await client.GetByteArrayAsync(asset)).Length;
            }

            output.WriteLine($"{path}: {total:N0} bytes (page and {string.Join(", ", assets)})");
            Assert.True(total < Budget, $"{path} takes {total} bytes");
        }

        var resize = await client.GetByteArrayAsync("/insluiten/resize.js");
        output.WriteLine($"/insluiten/resize.js: {resize.Length} bytes");
        Assert.True(resize.Length <= 1024, $"resize.js is {resize.Length} bytes");
    }

    [Fact]
    public async Task Embeds_show_their_content_without_javascript_and_every_link_opens_a_new_tab()
    {
        using var client = Client();
        var card = await client.GetStringAsync($"/insluiten/partners/{Partner}");
        Assert.Contains("Warmtewerk Installaties", card, StringComparison.Ordinal);
        Assert.DoesNotContain("site-nav", card, StringComparison.Ordinal);
        var offer = await client.GetStringAsync($"/insluiten/partners/{Partner}/aanbod");
        Assert.Contains("Boek via Hoe Werkt Mijn Stad", offer, StringComparison.Ordinal);
        Assert.Contains("Eerstvolgende vrije tijden", offer, StringComparison.Ordinal);
        var map = await client.GetStringAsync("/insluiten/kaart?layer=sites");
        Assert.Contains("/api/map/features?layer=sites", map, StringComparison.Ordinal);
        foreach (var html in new[] { card, offer, map })
        {
            var links = Link().Matches(html).Select(m => m.Value).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, a => Assert.Contains("target=\"_blank\"", a, StringComparison.Ordinal));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/insluiten/partners/bestaat-niet")).StatusCode);
    }

    [GeneratedRegex("<(?:link[^>]+href|script[^>]+src)=\"([^\"]+)\"")]
    private static partial Regex Asset();

    [GeneratedRegex("<a [^>]*>")]
    private static partial Regex Link();
}
