using System.Globalization;
using System.Net;
using System.Text.Json;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.PartnerSelfService;

/// <summary>Shares the editors and partners that <see cref="SelfServiceWorld"/> sets up in its fixture.</summary>
public sealed class SiteEditorTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> SignedInAsync(string email) => fixture.SignedInAsync(email);

    private static Dictionary<string, string> Site(string partner, int id, string name, double lon, double lat) => new()
    {
        ["Input.PartnerSlug"] = partner,
        ["Input.Id"] = id.ToString(CultureInfo.InvariantCulture),
        ["Input.Name"] = name,
        ["Input.Kind"] = "TechLab",
        ["Input.Address"] = "Labstraat 1",
        ["Input.City"] = "Amsterdam",
        ["Input.Longitude"] = lon.ToString(CultureInfo.InvariantCulture),
        ["Input.Latitude"] = lat.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<int> SiteOfAsync(string partnerSlug, string name)
    {
        await using var db = fixture.CreateDbContext();
        var partner = await db.Partners.SingleAsync(p => p.Slug == partnerSlug);
        if (await db.Sites.SingleOrDefaultAsync(s => s.PartnerId == partner.Id && s.Name == name) is { } existing)
        {
            return existing.Id;
        }

        var site = new Site { PartnerId = partner.Id, Name = name, Kind = SiteKind.Office, Address = "Weg 1", City = "Amsterdam", Location = new Point(4.9, 52.37) { SRID = 4326 } };
        db.Sites.Add(site);
        await db.SaveChangesAsync();
        return site.Id;
    }

    private async Task<double[]?> MapPositionAsync(string name)
    {
        var json = JsonDocument.Parse(await fixture.Factory.CreateClient().GetStringAsync("/api/map/features?layer=sites"));
        return json.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("name").GetString() == name)
            .Select(f => f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray())
            .FirstOrDefault();
    }

    [Fact]
    public async Task An_editor_adds_a_site_and_it_is_on_the_public_map_at_once()
    {
        var client = await SignedInAsync("editor-a@partner.example.nl");

        var (response, html) = await client.PostFormAsync("/partner/locaties?partner=partner-a", Site("partner-a", 0, "TechLab Oost", 4.95, 52.36));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("TechLab Oost is opgeslagen", html, StringComparison.Ordinal);
        var position = await MapPositionAsync("TechLab Oost");
        Assert.Equal(new[] { 4.95, 52.36 }, position);
    }

    [Fact]
    public async Task An_editor_moves_a_site_and_the_map_follows()
    {
        var id = await SiteOfAsync("partner-a", "Werkplaats Verhuis");
        var client = await SignedInAsync("editor-a@partner.example.nl");

        await client.PostFormAsync($"/partner/locaties?partner=partner-a&locatie={id}", Site("partner-a", id, "Werkplaats Verhuis", 4.8812, 52.3901));

        var position = await MapPositionAsync("Werkplaats Verhuis");
        Assert.Equal(new[] { 4.8812, 52.3901 }, position);
    }

    [Fact]
    public async Task A_forged_post_for_another_partners_site_is_refused_and_changes_nothing()
    {
        var id = await SiteOfAsync("partner-b", "Hal van B");
        var client = await SignedInAsync("editor-a@partner.example.nl");

        var (edit, _) = await client.PostFormAsync("/partner/locaties?partner=partner-a", Site("partner-a", id, "Gekaapt", 4.0, 52.0));
        var (otherPartner, _) = await client.PostFormAsync("/partner/locaties?partner=partner-a", Site("partner-b", 0, "Ingebroken", 4.9, 52.3));
        var (remove, _) = await client.PostFormAsync($"/partner/locaties?partner=partner-a&locatie={id}", new Dictionary<string, string>
        {
            ["Remove.PartnerSlug"] = "partner-a",
            ["Remove.Id"] = id.ToString(CultureInfo.InvariantCulture),
        }, formName: "locatie-weg");

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPartner.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        await using var db = fixture.CreateDbContext();
        Assert.Equal("Hal van B", (await db.Sites.SingleAsync(s => s.Id == id)).Name);
        Assert.False(await db.Sites.AnyAsync(s => s.Name == "Ingebroken"));
    }

    [Fact]
    public async Task Swapped_coordinates_are_explained_and_nothing_is_saved()
    {
        var client = await SignedInAsync("editor-a@partner.example.nl");

        var (_, html) = await client.PostFormAsync("/partner/locaties?partner=partner-a", Site("partner-a", 0, "Omgedraaid", 52.37, 4.9));

        Assert.Contains("ligt niet in Nederland", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Omgedraaid\"", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Sites.AnyAsync(s => s.Name == "Omgedraaid"));
    }
}
