using System.Globalization;
using System.Net;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.PartnerSelfService;

public sealed class ActivityEditorTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> EditorAAsync() => fixture.SignedInAsync("editor-a@partner.example.nl");

    private async Task<int> SiteOfAsync(string partnerSlug)
    {
        await using var db = fixture.CreateDbContext();
        var partner = await db.Partners.SingleAsync(p => p.Slug == partnerSlug);
        var site = new Site { PartnerId = partner.Id, Name = $"Hal {partnerSlug}", Kind = SiteKind.Office, Address = "Weg 1", City = "Amsterdam", Location = new Point(4.9, 52.37) { SRID = 4326 } };
        db.Sites.Add(site);
        await db.SaveChangesAsync();
        return site.Id;
    }

    private static Dictionary<string, string> Activity(string title, int min, int max, string place) => new()
    {
        ["Input.PartnerSlug"] = "partner-a",
        ["Input.Id"] = "0",
        ["Input.Title"] = title,
        ["Input.Type"] = "Workshop",
        ["Input.Description"] = "Zelf een warmtepomp aansluiten.",
        ["Input.MinGroupSize"] = min.ToString(CultureInfo.InvariantCulture),
        ["Input.MaxGroupSize"] = max.ToString(CultureInfo.InvariantCulture),
        ["Input.DurationMinutes"] = "120",
        ["Input.Place"] = place,
        ["Input.Levels[0].Value"] = "Vmbo",
        ["Input.Levels[0].Selected"] = "true",
        ["Input.Themes[0].Value"] = "Energie",
        ["Input.Themes[0].Selected"] = "true",
    };

    [Fact]
    public async Task An_editor_adds_an_activity_at_a_site_and_the_public_page_shows_it()
    {
        var site = await SiteOfAsync("partner-a");
        var client = await EditorAAsync();

        var (_, html) = await client.PostFormAsync("/partner/aanbod?partner=partner-a", Activity("Warmtepomp-workshop", 6, 12, $"site:{site}"));

        Assert.Contains("Warmtepomp-workshop is opgeslagen", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var activity = await db.Activities.SingleAsync(a => a.Title == "Warmtepomp-workshop");
        Assert.Equal(site, activity.SiteId);
        Assert.Equal([EducationLevel.Vmbo], activity.Levels);
        Assert.Equal([Theme.Energie], activity.Themes);
        var page = await fixture.Factory.CreateClient().GetStringAsync("/partners/partner-a");
        Assert.Contains("Warmtepomp-workshop", page, StringComparison.Ordinal);
        Assert.Contains("6–12 leerlingen", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_that_cannot_exist_is_explained_and_not_saved()
    {
        var client = await EditorAAsync();

        var (_, html) = await client.PostFormAsync("/partner/aanbod?partner=partner-a", Activity("Omgekeerde groep", 20, 10, ""));

        Assert.Contains("De grootste groep kan niet kleiner zijn dan de kleinste", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Omgekeerde groep\"", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Activities.AnyAsync(a => a.Title == "Omgekeerde groep"));
    }

    [Fact]
    public async Task An_activity_cannot_be_placed_at_another_partners_site()
    {
        var otherSite = await SiteOfAsync("partner-b");
        var client = await EditorAAsync();

        var (response, _) = await client.PostFormAsync("/partner/aanbod?partner=partner-a", Activity("Bij de buren", 6, 12, $"site:{otherSite}"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Activities.AnyAsync(a => a.Title == "Bij de buren"));
    }
}
