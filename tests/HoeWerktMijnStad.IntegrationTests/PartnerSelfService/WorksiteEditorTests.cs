using System.Net;
using System.Text.Json;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.PartnerSelfService;

/// <summary>Shares the editors and partners that <see cref="SelfServiceWorld"/> sets up; the fixture's clock
/// says 23 November 2026.</summary>
public sealed class WorksiteEditorTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> SignedInAsync(string email) => fixture.SignedInAsync(email);

    private static Dictionary<string, string> Worksite(string partner, int id, string title, string start, string end, string lon = "4.93", string lat = "52.39", string area = "") => new()
    {
        ["Input.PartnerSlug"] = partner,
        ["Input.Id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Title"] = title,
        ["Input.Description"] = "Nieuwe warmteleiding onder de straat.",
        ["Input.Address"] = "Buiksloterweg 10",
        ["Input.City"] = "Amsterdam",
        ["Input.StartDate"] = start,
        ["Input.EndDate"] = end,
        ["Input.Longitude"] = lon,
        ["Input.Latitude"] = lat,
        ["Input.AreaCorners"] = area,
        ["Input.Levels[0].Value"] = "Vmbo",
        ["Input.Levels[0].Selected"] = "true",
        ["Input.MaxGroupSize"] = "10",
        ["Input.SafetyNotes"] = "Veiligheidsschoenen en helm verplicht.",
    };

    private async Task<int> AddWorksiteAsync(string partnerSlug, string title, DateOnly start, DateOnly end)
    {
        await using var db = fixture.CreateDbContext();
        var partner = await db.Partners.SingleAsync(p => p.Slug == partnerSlug);
        var worksite = new Worksite
        {
            PartnerId = partner.Id, Title = title, Address = "Werkweg 1", City = "Amsterdam", StartDate = start, EndDate = end,
            MaxGroupSize = 8, Location = new Point(4.9, 52.37) { SRID = 4326 }, VisitLevels = [EducationLevel.Mbo],
        };
        db.Worksites.Add(worksite);
        await db.SaveChangesAsync();
        return worksite.Id;
    }

    private async Task<JsonElement?> MapFeatureAsync(string title)
    {
        var json = JsonDocument.Parse(await fixture.Factory.CreateClient().GetStringAsync("/api/map/features?layer=worksites"));
        return json.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("name").GetString() == title)
            .Select(f => (JsonElement?)f.Clone())
            .FirstOrDefault();
    }

    [Fact]
    public async Task A_running_worksite_with_a_drawn_area_is_on_the_public_map_as_that_area()
    {
        var client = await SignedInAsync("editor-a@partner.example.nl");
        var area = "4,9300 52,3900\n4.9320 52.3900\n4.9320;52.3915\n4.9300 52.3915";

        var (response, html) = await client.PostFormAsync("/partner/werkplekken?partner=partner-a",
            Worksite("partner-a", 0, "Warmteleiding Noord", "2026-11-01", "2027-02-28", lon: "", lat: "", area: area));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Warmteleiding Noord is opgeslagen", html, StringComparison.Ordinal);
        Assert.Contains("loopt nu, staat op de kaart", html, StringComparison.Ordinal);
        var feature = await MapFeatureAsync("Warmteleiding Noord");
        Assert.NotNull(feature);
        Assert.Equal("Polygon", feature.Value.GetProperty("geometry").GetProperty("type").GetString());
        await using var db = fixture.CreateDbContext();
        var saved = await db.Worksites.SingleAsync(w => w.Title == "Warmteleiding Noord");
        Assert.Equal(5, saved.Area!.Coordinates.Length);
        // without a pin, the marker is placed inside the area
        Assert.True(saved.Area.Contains(saved.Location));
        Assert.Equal([EducationLevel.Vmbo], saved.VisitLevels);
        Assert.Equal("Veiligheidsschoenen en helm verplicht.", saved.SafetyNotes);
    }

    [Fact]
    public async Task An_end_before_the_start_is_explained_and_what_was_typed_is_kept()
    {
        var client = await SignedInAsync("editor-a@partner.example.nl");

        var (_, html) = await client.PostFormAsync("/partner/werkplekken?partner=partner-a",
            Worksite("partner-a", 0, "Achterstevoren", "2026-12-10", "2026-12-01"));

        Assert.Contains("De laatste dag kan niet vóór de eerste dag liggen.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Achterstevoren\"", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Worksites.AnyAsync(w => w.Title == "Achterstevoren"));
    }

    [Fact]
    public async Task A_past_worksite_cannot_be_given_an_end_before_its_start()
    {
        var id = await AddWorksiteAsync("partner-a", "Afgerond dak", new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 1));

        var client = await SignedInAsync("editor-a@partner.example.nl");
        var list = await client.GetStringAsync("/partner/werkplekken?partner=partner-a");
        var (_, html) = await client.PostFormAsync($"/partner/werkplekken?partner=partner-a&werkplek={id}",
            Worksite("partner-a", id, "Afgerond dak", "2026-03-01", "2026-02-01"));

        Assert.Contains("afgelopen", list, StringComparison.Ordinal);
        Assert.Contains("De laatste dag kan niet vóór de eerste dag liggen.", html, StringComparison.Ordinal);
        await using var check = fixture.CreateDbContext();
        Assert.Equal(new DateOnly(2026, 5, 1), (await check.Worksites.SingleAsync(w => w.Id == id)).EndDate);
    }

    [Fact]
    public async Task An_area_whose_edges_cross_is_refused_with_advice()
    {
        var client = await SignedInAsync("editor-a@partner.example.nl");
        var bowtie = "4.930 52.390\n4.932 52.3915\n4.932 52.390\n4.930 52.3915";

        var (_, html) = await client.PostFormAsync("/partner/werkplekken?partner=partner-a",
            Worksite("partner-a", 0, "Strik", "2026-11-01", "2026-12-01", area: bowtie));

        Assert.Contains("De randen van het gebied kruisen elkaar", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Worksites.AnyAsync(w => w.Title == "Strik"));
    }

    [Fact]
    public async Task A_forged_post_for_another_partners_worksite_is_refused_and_changes_nothing()
    {
        var id = await AddWorksiteAsync("partner-b", "Bouwput van B", new DateOnly(2026, 11, 1), new DateOnly(2027, 1, 1));

        var client = await SignedInAsync("editor-a@partner.example.nl");
        var (edit, _) = await client.PostFormAsync("/partner/werkplekken?partner=partner-a", Worksite("partner-a", id, "Gekaapt", "2026-11-01", "2026-12-01"));
        var (remove, _) = await client.PostFormAsync($"/partner/werkplekken?partner=partner-a&werkplek={id}", new Dictionary<string, string>
        {
            ["Remove.PartnerSlug"] = "partner-a",
            ["Remove.Id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, formName: "werkplek-weg");

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        await using var check = fixture.CreateDbContext();
        Assert.Equal("Bouwput van B", (await check.Worksites.SingleAsync(w => w.Id == id)).Title);
    }
}
