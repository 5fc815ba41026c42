using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PartnerEditorTests(BrowserFixture fixture)
{
    private async Task<IPage> SignedInEditorAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.FillAsync("#login-email", DemoAccounts.Editor);
        await page.FillAsync("#login-password", DemoAccounts.Password);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("text=Mijn partnerpagina");
        return page;
    }

    [Fact]
    public async Task The_demo_editor_changes_the_pitch_with_a_live_preview_and_sees_it_on_the_public_page()
    {
        var page = await SignedInEditorAsync();
        await page.GotoAsync("/partner");
        await page.ClickAsync("text=Pagina bewerken");

        await page.FillAsync("#edit-markdown", "## Kom langs\n\nWe laten je **de grootste warmtepomp** zien.");
        await page.WaitForSelectorAsync("[data-markdown-preview] strong:has-text('de grootste warmtepomp')");
        Assert.Equal("Kom langs", await page.Locator("[data-markdown-preview] h3").TextContentAsync());

        const string Pitch = "Bij ons zie je hoe een warmtepomp een school verwarmt.";
        await page.FillAsync("#edit-pitch", Pitch);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("text=Opgeslagen");

        await page.ClickAsync("text=de openbare pagina");
        await page.WaitForSelectorAsync("h1");
        Assert.Equal(Pitch, await page.Locator(".partner-hero .lead").TextContentAsync());
        Assert.Equal("de grootste warmtepomp", await page.Locator(".prose strong").First.TextContentAsync());
    }

    [Fact]
    public async Task The_login_dashboard_and_editor_pages_have_no_WCAG_violations()
    {
        var page = await SignedInEditorAsync();
        foreach (var (path, ready) in new[] { ("/partner", "h1"), ("/partner/pagina", "[data-markdown-preview]") })
        {
            await page.GotoAsync(path);
            await page.WaitForSelectorAsync(ready);
            var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
            Assert.True(violations.Count == 0, $"{path}:\n{string.Join("\n", violations)}");
        }
    }
}
