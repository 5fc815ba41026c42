using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PartnerEditorTests(BrowserFixture fixture)
{
    private Task<IPage> SignedInEditorAsync() => fixture.SignedInPageAsync(DemoAccounts.Editor);

    [Fact]
    public async Task The_demo_editor_changes_the_pitch_with_a_live_preview_and_sees_it_on_the_public_page()
    {
        var page = await SignedInEditorAsync();
        await page.GotoAsync("/partner");
        await page.ClickAsync("text=Pagina bewerken");

        // the preview listens once its module has loaded (a person types later than a test does)
        await page.WaitForSelectorAsync("hwms-markdown-preview:defined");
        await page.FillAsync("#edit-markdown", "## Kom langs\n\nWe laten je **de grootste warmtepomp** zien.");
        await page.WaitForSelectorAsync("[data-markdown-preview] strong:has-text('de grootste warmtepomp')");
        Assert.Equal("Kom langs", await page.Locator("[data-markdown-preview] h3").TextContentAsync());

        const string Pitch = "Bij ons zie je hoe een warmtepomp een school verwarmt.";
        await page.FillAsync("#edit-pitch", Pitch);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("text=Opgeslagen");

        await page.GetByRole(AriaRole.Link, new() { Name = "Bekijk de openbare pagina" }).ClickAsync();
        await page.WaitForSelectorAsync("h1");
        Assert.Equal(Pitch, await page.Locator(".partner-hero .lead").TextContentAsync());
        Assert.Equal("de grootste warmtepomp", await page.Locator(".prose strong").First.TextContentAsync());
    }

    [Fact]
    public async Task The_demo_editor_moves_a_site_by_clicking_the_map_and_the_public_map_follows()
    {
        var page = await SignedInEditorAsync();
        await page.GotoAsync("/partner");
        await page.ClickAsync("text=Locaties");
        await page.Locator(".place-list a:has-text('Bewerken')").First.ClickAsync();
        await page.WaitForSelectorAsync("hwms-point-picker:defined .leaflet-marker-icon");
        var name = await page.InputValueAsync("#site-name");

        var box = (await page.Locator("[data-point-map]").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + (box.Width * 0.3f), box.Y + (box.Height * 0.7f));
        var lon = double.Parse(await page.InputValueAsync("#site-lon"), System.Globalization.CultureInfo.InvariantCulture);
        var lat = double.Parse(await page.InputValueAsync("#site-lat"), System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForSelectorAsync("text=is opgeslagen en staat op de kaart");

        using var client = new HttpClient { BaseAddress = fixture.BaseAddress };
        var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/map/features?layer=sites"));
        var coordinates = json.RootElement.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("name").GetString() == name)
            .GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        Assert.Equal(lon, coordinates[0], 6);
        Assert.Equal(lat, coordinates[1], 6);
    }

    [Fact]
    public async Task The_login_dashboard_and_editor_pages_have_no_WCAG_violations()
    {
        var page = await SignedInEditorAsync();
        foreach (var (path, ready) in new[] { ("/partner", "h1"), ("/partner/pagina", "[data-markdown-preview]"), ("/partner/locaties", ".point-picker .leaflet-container"), ("/account", "h1"), ("/partner/aanbod", "h1"),
            ("/partner/werkplekken", ".point-picker .leaflet-container"), ("/partner/afbeeldingen", "h1"), ("/partner/kinderfeestjes", "h1") })
        {
            await page.GotoAsync(path);
            await page.WaitForSelectorAsync(ready);
            var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
            Assert.True(violations.Count == 0, $"{path}:\n{string.Join("\n", violations)}");
        }
    }

    [Fact]
    public async Task The_demo_editor_draws_a_worksite_area_on_the_map_and_the_public_map_shows_it()
    {
        var page = await SignedInEditorAsync();
        await page.GotoAsync("/partner/werkplekken");
        await page.WaitForSelectorAsync("hwms-point-picker:defined .leaflet-container");
        await page.FillAsync("#worksite-title", "Laadpleinen Sloterdijk");
        await page.FillAsync("#worksite-address", "Basisweg 30");
        await page.FillAsync("#worksite-city", "Amsterdam");
        await page.CheckAsync("input[name=area-mode][value=area]");
        await page.Locator("[data-point-map]").ScrollIntoViewIfNeededAsync();

        var box = (await page.Locator("[data-point-map]").BoundingBoxAsync())!;
        foreach (var (x, y) in new[] { (0.3f, 0.3f), (0.7f, 0.3f), (0.7f, 0.7f), (0.3f, 0.7f) })
        {
            // a person's clicks are further apart than a double click
            await page.Mouse.ClickAsync(box.X + (box.Width * x), box.Y + (box.Height * y));
            await page.WaitForTimeoutAsync(600);
        }

        Assert.Equal(4, (await page.InputValueAsync("#worksite-area")).Split('\n').Length);
        await page.CheckAsync("#worksite-level-1");
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForSelectorAsync("text=Laadpleinen Sloterdijk is opgeslagen");

        using var client = new HttpClient { BaseAddress = fixture.BaseAddress };
        var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/map/features?layer=worksites"));
        var geometry = json.RootElement.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("name").GetString() == "Laadpleinen Sloterdijk")
            .GetProperty("geometry");
        Assert.Equal("Polygon", geometry.GetProperty("type").GetString());
        Assert.Equal(5, geometry.GetProperty("coordinates")[0].GetArrayLength());
    }

    [Fact]
    public async Task The_demo_editor_adds_a_photo_with_a_description_and_sees_it_on_the_public_page()
    {
        var page = await SignedInEditorAsync();
        await page.GotoAsync("/partner");
        await page.ClickAsync("text=Logo en foto's");
        await page.SetInputFilesAsync("#photo-file", new FilePayload
        {
            Name = "werkplaats.jpg",
            MimeType = "image/jpeg",
            Buffer = HoeWerktMijnStad.TestSupport.TestImages.PhoneJpeg(120, 80),
        });
        await page.FillAsync("#photo-alt", "Leerlingen solderen een printplaat in de werkplaats");
        await page.ClickAsync("button:has-text('Foto toevoegen')");
        await page.WaitForSelectorAsync("text=De foto staat op je pagina.");

        await page.ClickAsync("text=Bekijk de openbare pagina");
        var photo = page.Locator(".photo-grid img[alt='Leerlingen solderen een printplaat in de werkplaats']");
        await photo.WaitForAsync();

        // the element can be there before its image has loaded (a busy machine): wait for the load, not for a time
        await photo.EvaluateAsync("img => img.complete || new Promise(done => { img.addEventListener('load', done, { once: true }); img.addEventListener('error', done, { once: true }); })");
        Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 80"), "the photo loads, turned upright");
    }
}
