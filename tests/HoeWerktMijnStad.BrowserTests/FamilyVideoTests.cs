using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>A parent on a phone watches a family video: nothing loads until play, the video plays from our own
/// site, and the transcript can be read instead.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FamilyVideoTests(BrowserFixture fixture)
{
    private async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task A_parent_plays_a_video_that_loaded_nothing_before_the_click()
    {
        var page = await fixture.NewPageAsync(390, 844);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync("/techniek-is-een-feest/gespreksonderwerpen/drinkwater");
        var play = page.Locator("hwms-video button.video-embed__play").First;
        await play.WaitForAsync();
        await AssertAccessibleAsync(page);

        Assert.DoesNotContain(requests, url => url.Contains("/media/gezinsvideos/", StringComparison.Ordinal));
        Assert.All(requests, url => Assert.StartsWith(fixture.BaseAddress.ToString(), url, StringComparison.Ordinal));

        await play.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => { const v = document.querySelector('hwms-video video'); return v && !v.paused && v.currentTime > 0.5; }",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('hwms-video video')"), "the keyboard goes on in the player");
        Assert.Contains(requests, url => url.Contains("/media/gezinsvideos/", StringComparison.Ordinal));
        Assert.All(requests, url => Assert.StartsWith(fixture.BaseAddress.ToString(), url, StringComparison.Ordinal));

        var transcript = page.Locator(".family-video__transcript").First;
        await transcript.Locator("summary").ClickAsync();
        Assert.True(await transcript.Locator("p").First.IsVisibleAsync(), "the transcript unfolds");
    }

    [Fact]
    public async Task The_video_pages_and_the_leaders_editor_have_no_accessibility_violations()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/techniek-is-een-feest/videos");
        await page.Locator("hwms-video button.video-embed__play").First.WaitForAsync();
        await AssertAccessibleAsync(page);

        var leader = await fixture.SignedInPageAsync(HoeWerktMijnStad.Web.Features.Demo.DemoAccounts.ProgrammeLeader);
        await leader.GotoAsync("/beheer/leren");
        await leader.ClickAsync("#videos ~ table a >> nth=0");
        await leader.WaitForSelectorAsync("h1:has-text('Bewerken')");
        await AssertAccessibleAsync(leader);
        await leader.ClickAsync("button:has-text('Voorbeeld bekijken')");
        await leader.WaitForSelectorAsync("#video-preview-heading");
        await AssertAccessibleAsync(leader);
    }

    [Fact]
    public async Task The_leader_uploads_a_video_larger_than_the_servers_default_limit()
    {
        // 32 MB: above Kestrel's default of 30 MB, below the video limit of 40 MB (the page raises the server's limit)
        var bytes = new byte[32 * 1024 * 1024];
        new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }.CopyTo(bytes, 0);
        var file = Path.Combine(Path.GetTempPath(), $"werkplaats-{Guid.NewGuid():N}.webm");
        await File.WriteAllBytesAsync(file, bytes);
        var leader = await fixture.SignedInPageAsync(HoeWerktMijnStad.Web.Features.Demo.DemoAccounts.ProgrammeLeader);
        await leader.GotoAsync("/beheer/leren/videos/nieuw");
        await leader.FillAsync("#video-title", "Een groot filmpje van de werkplaats");
        await leader.SelectOptionAsync("#video-utility", "Heat");
        await leader.FillAsync("#video-description", "Een monteur laat zien hoe een warmtepomp warmte uit de buitenlucht haalt.");
        try
        {
            await leader.SetInputFilesAsync("#video-file", file);
            await leader.ClickAsync("button:has-text('Opslaan als concept')");

            await leader.WaitForSelectorAsync("text=is opgeslagen als concept", new PageWaitForSelectorOptions { Timeout = 60_000 });
            var source = leader.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = "De video", Exact = true });
            Assert.Contains("een bestand van 32,0 MB", await source.InnerTextAsync(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
