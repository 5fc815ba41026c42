using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>A partner copies its embed code from /partner/insluiten, whose live preview shows the embed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_partner_copies_its_embed_code_and_sees_it_in_the_live_preview()
    {
        var site = fixture.BaseAddress.GetLeftPart(UriPartial.Authority);
        var editor = await fixture.SignedInPageAsync(DemoAccounts.Editor);
        await editor.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site });
        await editor.GotoAsync("/partner/insluiten");
        // the live preview on the page is the embed itself
        await Assertions.Expect(editor.FrameLocator("iframe[title^='Voorbeeld: Je aanbod']").Locator("h1")).ToContainTextAsync("Warmtewerk Installaties");
        await editor.Locator("button[data-copy=\"code-aanbod\"]").ClickAsync();
        await Assertions.Expect(editor.GetByText("De code staat op je klembord.")).ToBeVisibleAsync();
        var code = await editor.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains($"/insluiten/partners/{DemoAccounts.EditorPartner}/aanbod", code, StringComparison.Ordinal);
    }
}
