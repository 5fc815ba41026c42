using HoeWerktMijnStad.Data.Learning;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>The learning content as teachers, pupils and the programme leader use it, on the demo data.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LearningTests(BrowserFixture fixture)
{
    private const string HeatPumpTour = "/leren/rondleidingen/kijkje-bij-warmtewerk-installaties";

    private static Task<string?> CurrentStepAsync(IPage page) => page.Locator(".tour__step:visible h2").TextContentAsync();

    [Fact]
    public async Task A_teacher_on_a_phone_filters_the_lesson_letters_and_downloads_one_as_a_pdf()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/leren");
        await page.ClickAsync("text=lesbrieven, te filteren op niveau en thema");
        await page.SelectOptionAsync("#filter-level", "mbo");
        await page.SelectOptionAsync("#filter-theme", "energie");
        await page.ClickAsync("button:has-text('Filteren')");

        await page.WaitForURLAsync("**/leren/lesbrieven?niveau=mbo&thema=energie");
        var titles = await page.Locator(".lesson-card h3").AllTextContentsAsync();
        Assert.Contains("Netcongestie: als het stroomnet vol zit", titles);
        Assert.Contains("Hoe werkt een warmtepomp?", titles);
        Assert.DoesNotContain("Van riool tot schoon water", titles);

        await page.ClickAsync("text=Hoe werkt een warmtepomp?");
        await page.WaitForSelectorAsync("h2:has-text('Leerdoelen')");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=Download de lesbrief als PDF"));
        Assert.Equal("lesbrief-hoe-werkt-een-warmtepomp.pdf", download.SuggestedFilename);
        Assert.StartsWith("%PDF-", await File.ReadAllTextAsync((await download.PathAsync())!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tour_is_walked_through_with_the_buttons_the_arrow_keys_and_a_swipe()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync(HeatPumpTour);
        await page.WaitForSelectorAsync("hwms-tour[data-enhanced]");
        Assert.Equal(1, await page.Locator(".tour__step:visible").CountAsync());
        Assert.Equal("De werkplaats in Noord", await CurrentStepAsync(page));

        await page.ClickAsync("button:has-text('Volgende stap')");
        Assert.Equal("De buitenunit van een warmtepomp", await CurrentStepAsync(page));
        Assert.Equal("Stap 2 van 6: De buitenunit van een warmtepomp", await page.Locator(".tour__status").TextContentAsync());

        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("Leidingen buigen en persen", await CurrentStepAsync(page));
        await page.Keyboard.PressAsync("End");
        Assert.Equal("Word jij monteur?", await CurrentStepAsync(page));
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("Zoeken met de warmtecamera", await CurrentStepAsync(page));
        await page.Keyboard.PressAsync("Home");
        Assert.Equal("De werkplaats in Noord", await CurrentStepAsync(page));

        var steps = page.Locator(".tour__steps");
        var box = (await steps.BoundingBoxAsync())!;
        // a finger moving from right to left across the photo
        var (right, left, y) = ((double)box.X + (box.Width * 0.85), (double)box.X + (box.Width * 0.15), (double)box.Y + 80);
        await steps.DispatchEventAsync("pointerdown", new { clientX = right, clientY = y, pointerType = "touch", isPrimary = true, bubbles = true });
        await steps.DispatchEventAsync("pointerup", new { clientX = left, clientY = y + 15, pointerType = "touch", isPrimary = true, bubbles = true });
        Assert.Equal("De buitenunit van een warmtepomp", await CurrentStepAsync(page));
        Assert.EndsWith("#stap-2", page.Url, StringComparison.Ordinal);

        await page.ClickAsync(".tour-page__visit a.button");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/aanbod/\\d+$"));
    }

    [Fact]
    public async Task Without_javascript_every_step_of_a_tour_is_shown_in_one_list()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(HeatPumpTour);

        Assert.Equal(6, await page.Locator(".tour__step:visible").CountAsync());
        Assert.Equal(0, await page.Locator(".tour__controls").CountAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_tour_video_loads_nothing_from_youtube_until_play_is_pressed()
    {
        await using (var db = fixture.CreateDbContext())
        {
            var partner = await db.Partners.SingleAsync(p => p.Slug == DemoAccounts.EditorPartner);
            db.VirtualTours.Add(new VirtualTour
            {
                Slug = "rondleiding-met-video", Title = "Rondleiding met video", PartnerId = partner.Id, PublishedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                Steps =
                [
                    new TourStep { Position = 0, Title = "De monteur vertelt", TextMarkdown = "In de video vertelt een monteur over zijn werk.", VideoId = "dQw4w9WgXcQ" },
                    new TourStep { Position = 1, Title = "Daarna", TextMarkdown = "Nog een stap.", VideoId = "aaaaaaaaaaa" },
                ],
            });
            await db.SaveChangesAsync();
        }

        var page = await fixture.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.GotoAsync("/leren/rondleidingen/rondleiding-met-video");
        await page.WaitForSelectorAsync("hwms-video[data-enhanced]");

        Assert.DoesNotContain(requested, url => url.Contains("youtube", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("iframe").CountAsync());

        // the request itself shows that the Content-Security-Policy lets the privacy-friendly player in
        await page.RunAndWaitForRequestAsync(() => page.ClickAsync("button:has-text('Video afspelen')"),
            request => request.Url.StartsWith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", StringComparison.Ordinal));

        var frame = page.Locator("iframe.video-embed__frame");
        Assert.Equal("Video: De monteur vertelt", await frame.GetAttributeAsync("title"));
        Assert.True(await frame.EvaluateAsync<bool>("f => document.activeElement === f"), "the keyboard goes on in the player");
        Assert.DoesNotContain(requested, url => url.Contains("youtube.com/", StringComparison.Ordinal) && !url.Contains("youtube-nocookie", StringComparison.Ordinal));

        await page.ClickAsync("button:has-text('Volgende stap')");
        await page.ClickAsync("button:has-text('Vorige stap')");
        Assert.Equal(0, await page.Locator("iframe").CountAsync());
        Assert.Equal(1, await page.Locator(".tour__step:visible button:has-text('Video afspelen')").CountAsync());

        // back from "Vorige stap" into the step, then on with the arrow key: the focus stays in the tour, on the new step
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.Equal("Video afspelen: De monteur vertelt", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("Daarna", await CurrentStepAsync(page));
        Assert.Equal("Daarna", await page.EvaluateAsync<string>(
            "() => document.activeElement.closest('.tour__step:not([hidden])') ? document.activeElement.textContent : 'buiten de stap: ' + document.activeElement.tagName"));
    }

    [Fact]
    public async Task The_leader_writes_a_lesson_letter_with_a_live_preview_and_publishes_it()
    {
        var page = await fixture.SignedInPageAsync(DemoAccounts.ProgrammeLeader);
        await page.GotoAsync("/beheer");
        await page.ClickAsync(".admin-nav >> text=Leerinhoud");
        await page.ClickAsync("text=Nieuwe lesbrief");
        await page.WaitForSelectorAsync("hwms-markdown-preview:defined");

        await page.FillAsync("#lesson-title", "Waterstof in de haven");
        await page.FillAsync("#lesson-goals", "De leerling kan uitleggen wat waterstof is.");
        await page.FillAsync("#lesson-body", "## Proef\n\nWe maken **waterstof** met een batterij.");
        await page.WaitForSelectorAsync("[data-markdown-preview] strong:has-text('waterstof')");
        Assert.Equal("Proef", await page.Locator("[data-markdown-preview] h3").TextContentAsync());
        // a short announcement, not the whole preview read out again
        Assert.StartsWith("Voorbeeld bijgewerkt", await page.Locator("hwms-markdown-preview:has(#lesson-body) [data-markdown-status]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-markdown-preview][aria-live]").CountAsync());
        await page.ClickAsync("button:has-text('Opslaan en publiceren')");
        await page.WaitForSelectorAsync("text=is gepubliceerd en staat nu online");

        await page.ClickAsync("text=Bekijk de openbare pagina");
        await page.WaitForURLAsync("**/leren/lesbrieven/waterstof-in-de-haven");
        Assert.Equal("Waterstof in de haven", await page.Locator("h1").TextContentAsync());
        Assert.Equal("waterstof", await page.Locator(".prose strong").TextContentAsync());
    }

    [Fact]
    public async Task The_leader_adds_a_photo_step_to_a_tour_and_visitors_see_it()
    {
        var page = await fixture.SignedInPageAsync(DemoAccounts.ProgrammeLeader);
        await page.GotoAsync("/beheer/leren");
        await page.ClickAsync("text=Hoe gaat een brug open?");
        await page.ClickAsync("text=Stap toevoegen");
        await page.FillAsync("#step-title", "De werkplaats aan het Westerdok");
        await page.SetInputFilesAsync("#step-file", new FilePayload { Name = "werkplaats.jpg", MimeType = "image/jpeg", Buffer = HoeWerktMijnStad.TestSupport.TestImages.PhoneJpeg(120, 80) });
        await page.FillAsync("#step-alt", "Een werkbank met tandwielen van een brug");
        await page.FillAsync("#step-text", "Hier worden **tandwielen** nagekeken.");
        await page.ClickAsync("button:has-text('Stap toevoegen')");
        await page.WaitForSelectorAsync("text=is toegevoegd");

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync("/leren/rondleidingen/achter-de-schermen-bij-brug-en-sluis#stap-7");
        await visitor.WaitForSelectorAsync("hwms-tour[data-enhanced]");
        Assert.Equal("De werkplaats aan het Westerdok", await CurrentStepAsync(visitor));
        var photo = visitor.Locator(".tour__step:visible img[alt='Een werkbank met tandwielen van een brug']");
        // wait for the load (or error) event: under load the photo may still be on its way
        await photo.EvaluateAsync("img => img.complete || new Promise(done => { img.addEventListener('load', done, { once: true }); img.addEventListener('error', done, { once: true }); })");
        Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 80"), "the photo loads, turned upright");
    }

    [Fact]
    public async Task The_public_learning_pages_have_no_WCAG_violations()
    {
        var page = await fixture.NewPageAsync();
        await AssertAccessibleAsync(page, ("/leren", "h1"), ("/leren/lesbrieven?niveau=vmbo", ".lesson-card"), ("/leren/lesbrieven/hoe-werkt-een-warmtepomp", "h1"),
            ("/leren/activiteiten/bouw-een-stroomkring", "table"), ("/leren/rondleidingen", ".tour-card"), (HeatPumpTour, "hwms-tour[data-enhanced]"),
            ("/leren/rondleidingen/achter-de-schermen-bij-brug-en-sluis", "hwms-tour[data-enhanced]"));
    }

    [Fact]
    public async Task The_best_practices_as_a_teacher_and_the_leaders_editors_have_no_WCAG_violations()
    {
        var teacher = await fixture.SignedInPageAsync(DemoAccounts.Teacher);
        await AssertAccessibleAsync(teacher, ("/leren/goede-voorbeelden", ".card"), ("/leren/goede-voorbeelden/zelf-een-leiding-persen", "h1"));

        int letter, tour, step, practice;
        await using (var db = fixture.CreateDbContext())
        {
            letter = await db.Lessons.Where(l => l.Slug == "hoe-werkt-een-warmtepomp").Select(l => l.Id).SingleAsync();
            (tour, step) = await db.TourSteps.Where(s => s.Position == 0).Select(s => new ValueTuple<int, int>(s.TourId, s.Id)).FirstAsync();
            practice = await db.BestPractices.Select(b => b.Id).FirstAsync();
        }

        var leader = await fixture.SignedInPageAsync(DemoAccounts.ProgrammeLeader);
        await AssertAccessibleAsync(leader, ("/beheer/leren", "h1"), ($"/beheer/leren/lessen/{letter}", "hwms-markdown-preview:defined"),
            ("/beheer/leren/lessen/nieuw?soort=po", "hwms-markdown-preview:defined"), ($"/beheer/leren/rondleidingen/{tour}", ".step-list"),
            ($"/beheer/leren/rondleidingen/{tour}/stappen/{step}", "hwms-markdown-preview:defined"), ($"/beheer/leren/goede-voorbeelden/{practice}", "h1"),
            ("/beheer/leren/afbeeldingen", "h1"));
    }

    private async Task AssertAccessibleAsync(IPage page, params (string Path, string Ready)[] pages)
    {
        foreach (var (path, ready) in pages)
        {
            await page.GotoAsync(path);
            await page.WaitForSelectorAsync(ready);
            var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
            Assert.True(violations.Count == 0, $"{path}:\n{string.Join("\n", violations)}");
        }
    }
}
