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

    private async Task<int> OffMapAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.Partners.CountAsync(p => p.MapStatus == HoeWerktMijnStad.Data.Catalogue.MapStatus.OffMap);
    }

    [Fact]
    public async Task The_leader_closes_last_month_through_the_confirmation_step_undoes_it_and_the_demo_partner_sees_its_status()
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

            var offBefore = await OffMapAsync();
            await leader.ClickAsync("a:has-text('afsluiten…')");
            var confirm = leader.Locator("button:has-text('Ja, sluit')");
            Assert.Matches(@"^Ja, sluit [a-z]+ \d{4} af: \d+ partners van de kaart$", (await confirm.TextContentAsync() ?? "").Trim());
            await AssertAccessibleAsync(leader);
            Assert.Equal(offBefore, await OffMapAsync()); // the confirmation page alone changes nothing

            await confirm.ClickAsync();
            await leader.WaitForSelectorAsync("text=is afgesloten op");
            Assert.True(await leader.Locator("ul.closed-partners a[href^='/partners/']").CountAsync() > 0);
            await AssertAccessibleAsync(leader);
            var removed = await OffMapAsync();
            Assert.True(removed > 0);
            await using (var db = fixture.CreateDbContext())
            {
                Assert.Equal(HoeWerktMijnStad.Data.Catalogue.MapStatus.OnMap, (await db.Partners.SingleAsync(p => p.Slug == DemoAccounts.EditorPartner)).MapStatus);
            }

            // the leader changes their mind: everyone comes back, and the month can be closed again
            await leader.ClickAsync("button:has-text('ongedaan maken')");
            await leader.WaitForSelectorAsync("text=is ongedaan gemaakt");
            Assert.Contains($"{removed - offBefore} partners staan weer op de kaart", await leader.Locator("[role=status]").First.TextContentAsync() ?? "", StringComparison.Ordinal);
            Assert.Equal(1, await leader.Locator("button:has-text('Ja, sluit')").CountAsync());
            await AssertAccessibleAsync(leader);
            Assert.Equal(offBefore, await OffMapAsync());

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

    [Fact]
    public async Task A_warned_partner_without_a_visit_this_month_sees_the_warning_on_its_dashboard()
    {
        // the demo editor also edits a demo partner that has no school visit this month and got the warning mail
        string userId, slug;
        await using (var db = fixture.CreateDbContext())
        {
            var (from, to) = (new DateTimeOffset(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-1), DateTimeOffset.UtcNow.AddDays(40));
            userId = await db.Users.Where(u => u.Email == DemoAccounts.Editor).Select(u => u.Id).SingleAsync();
            var partner = await db.Partners.Where(p => p.Slug != DemoAccounts.EditorPartner && p.JoinedOn < DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-3))
                    && !db.Bookings.Any(b => b.PartnerId == p.Id && b.StartsAt >= from && b.StartsAt < to))
                .OrderBy(p => p.Name).FirstAsync();
            slug = partner.Slug;
            var today = HoeWerktMijnStad.Web.Infrastructure.Time.AmsterdamTime.Today(TimeProvider.System);
            var month = new DateOnly(today.Year, today.Month, 1);
            await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO partner_editors (user_id, partner_id) VALUES ({userId}, {partner.Id})");
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE partners SET map_warned_month = {month} WHERE id = {partner.Id}");
        }
        try
        {
            var page = await fixture.SignedInPageAsync(DemoAccounts.Editor);
            await page.GotoAsync("/partner");
            var section = page.Locator($"section.dashboard-partner:has(#partner-{slug})");
            var warning = await section.Locator(".map-status .notice").TextContentAsync() ?? "";
            Assert.Contains("nog geen schoolbezoek", warning, StringComparison.Ordinal);
            Assert.Contains("van de kaart", warning, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator($"section.dashboard-partner:has(#partner-{DemoAccounts.EditorPartner}) .map-status .notice").CountAsync());
            await AssertAccessibleAsync(page);
        }
        finally
        {
            await using var db = fixture.CreateDbContext();
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM partner_editors WHERE user_id = {userId} AND partner_id = (SELECT id FROM partners WHERE slug = {slug})");
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE partners SET map_warned_month = NULL WHERE slug = {slug}");
        }
    }
}
