using System.Net;
using HoeWerktMijnStad.IntegrationTests.Map;

namespace HoeWerktMijnStad.IntegrationTests.Pages;

public sealed class PagesTests(MapFixture fixture) : IClassFixture<MapFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task The_health_check_answers_once_the_database_is_reachable()
    {
        var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_map_page_lists_the_same_places_as_the_api_without_javascript()
    {
        var html = await _client.GetStringAsync("/kaart?theme=mobiliteit");

        Assert.Contains("Onderstation West", html, StringComparison.Ordinal);
        Assert.Contains("Kabels in de Kade", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Werkplaats Noord", html, StringComparison.Ordinal);
        Assert.Contains("2 resultaten", html, StringComparison.Ordinal);
        Assert.Contains("data-features-url=\"/api/map/features?layer=sites,worksites&amp;theme=mobiliteit&amp;date=2026-06-15\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Near_a_school_the_list_is_ordered_by_distance_and_shows_it()
    {
        var html = await _client.GetStringAsync($"/kaart?school={fixture.Ids["SC1"]}&radius=2000");

        Assert.Contains("dichtbij Basisschool Het Anker", html, StringComparison.Ordinal);
        var worksite = html.IndexOf("Kabels in de Kade", StringComparison.Ordinal);
        var site = html.IndexOf("Werkplaats Noord", StringComparison.Ordinal);
        Assert.True(worksite > 0 && site > worksite, "nearest first");
        Assert.Contains("1,0 km", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_filter_on_the_page_is_explained_and_the_rest_still_works()
    {
        var response = await _client.GetAsync("/kaart?theme=water&kind=netbeheerder");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Onbekende waarde &#x27;water&#x27; voor theme", html, StringComparison.Ordinal);
        Assert.Contains("Onderstation West", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_page_shows_its_sites_worksites_and_activities()
    {
        var html = await _client.GetStringAsync("/partners/stroomnet");

        Assert.Contains("<h1>Stroomnet</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Onderstation West", html, StringComparison.Ordinal);
        Assert.Contains("Kabels in de Kade", html, StringComparison.Ordinal);
        Assert.Contains("Nieuw werk", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Oud werk", html, StringComparison.Ordinal);
        Assert.Contains("Kijken bij de kabels", html, StringComparison.Ordinal);
        Assert.Contains("<hwms-mini-map", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_off_the_map_keeps_its_page_and_says_so()
    {
        var html = await _client.GetStringAsync("/partners/bouw-zuid");

        Assert.Contains("staat op dit moment niet op de kaart", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_partner_gets_a_friendly_not_found_page()
    {
        var response = await _client.GetAsync("/partners/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze pagina bestaat niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worksite_page_shows_its_period_and_who_may_visit()
    {
        var html = await _client.GetStringAsync($"/werkplekken/{fixture.Ids["W1"]}");

        Assert.Contains("<h1>Kabels in de Kade</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Nu te bezoeken, tot en met 25 juni 2026", html, StringComparison.Ordinal);
        Assert.Contains("5 juni t/m 25 juni 2026", html, StringComparison.Ordinal);
        Assert.Contains("Vmbo", html, StringComparison.Ordinal);
        Assert.Contains("hoogstens 12 leerlingen", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_worksites_page_lists_running_and_upcoming_work_only()
    {
        var html = await _client.GetStringAsync("/werkplekken");

        Assert.Contains("Kabels in de Kade", html, StringComparison.Ordinal);
        Assert.Contains("Nieuw werk", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Oud werk", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy()
    {
        var response = await _client.GetAsync("/kaart");

        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_page_renders_its_markdown_without_anything_that_runs()
    {
        await using (var db = fixture.CreateDbContext())
        {
            var partner = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Partners, p => p.Slug == "bouw-zuid");
            partner.PageMarkdown = "## Wij bouwen\n\n<script>alert('x')</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n- **Stevig** bouwen";
            await db.SaveChangesAsync();
        }

        var html = await _client.GetStringAsync("/partners/bouw-zuid");

        Assert.Contains("<h3>Wij bouwen</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Stevig</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_front_end_assets_are_served()
    {
        var html = await _client.GetStringAsync("/kaart");
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(assets/map[^\"]*\\.js)\"").Groups[1].Value;
        var style = System.Text.RegularExpressions.Regex.Match(html, "href=\"(assets/site[^\"]*\\.css)\"").Groups[1].Value;

        Assert.Contains("customElements.define(\"hwms-map-explorer\"", await _client.GetStringAsync("/" + script), StringComparison.Ordinal);
        Assert.Contains(".map-canvas", await _client.GetStringAsync("/" + style), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/assets/leaflet/leaflet.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/assets/leaflet/leaflet.markercluster.js")).StatusCode);
    }

    [Fact]
    public async Task A_school_page_links_to_the_map_around_that_school()
    {
        var id = fixture.Ids["SC1"];
        var html = await _client.GetStringAsync($"/scholen/{id}");

        Assert.Contains("<h1>Basisschool Het Anker</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kaart?school={id}&amp;radius=5000\"", html, StringComparison.Ordinal);
    }
}
