using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class MapRuleTests(BrowserFixture fixture)
{
    private async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task The_leader_previews_and_closes_last_month_and_the_demo_partner_sees_its_status()
    {
        var leader = await fixture.SignedInPageAsync(DemoAccounts.ProgrammeLeader);
        try
        {
            await leader.GotoAsync("/beheer/kaartregel");
            await leader.WaitForSelectorAsync("h2:has-text('Maand afsluiten')");
            await AssertAccessibleAsync(leader);
            var preview = await leader.Locator("section:has(#close-heading)").TextContentAsync() ?? "";
            // demo partners without a visit last month (most of them) are in the preview
            Assert.Matches(@"\d+ partners gaan van de kaart", preview);
            // the demo partner had school visits last month
            Assert.DoesNotContain("Warmtewerk Installaties", preview, StringComparison.Ordinal);

            await leader.ClickAsync("button:has-text('nu afsluiten')");
            await leader.WaitForSelectorAsync("text=is afgesloten:");
            await AssertAccessibleAsync(leader);
            await using (var db = fixture.CreateDbContext())
            {
                Assert.True(await db.Partners.CountAsync(p => p.MapStatus == HoeWerktMijnStad.Data.Catalogue.MapStatus.OffMap) > 0);
                Assert.Equal(HoeWerktMijnStad.Data.Catalogue.MapStatus.OnMap, (await db.Partners.SingleAsync(p => p.Slug == DemoAccounts.EditorPartner)).MapStatus);
            }


            var partner = await fixture.SignedInPageAsync(DemoAccounts.Editor);
            await partner.GotoAsync("/partner");
            await partner.WaitForSelectorAsync("h3:has-text('Op de kaart')");
            Assert.Contains("Je staat op de kaart.", await partner.Locator(".map-status").TextContentAsync() ?? "", StringComparison.Ordinal);
            await AssertAccessibleAsync(partner);
        }
        finally
        {
            // the other browser tests expect the demo partners on the map
            await using var db = fixture.CreateDbContext();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM map_status_changes; DELETE FROM map_month_closes; UPDATE partners SET map_status = 'on_map'");
        }
    }
}
