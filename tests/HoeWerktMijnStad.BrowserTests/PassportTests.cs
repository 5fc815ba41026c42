using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Passports;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>A teacher adds a class with a skills passport and stamps a skill by hand; the passport pages, the
/// certificate and the leader's passport page have no WCAG violations, on a phone and on a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PassportTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_teacher_adds_a_class_and_stamps_a_skill_of_its_passport()
    {
        var passportName = $"Klusklas {Guid.NewGuid():N}"[..16];
        await using (var db = fixture.CreateDbContext())
        {
            var activity = await db.Activities.Where(a => a.Type != ActivityType.KidsParty && a.Partner!.MapStatus == MapStatus.OnMap)
                .OrderBy(a => a.Id).FirstAsync();
            db.SkillsPassports.Add(new SkillsPassport
            {
                Name = passportName, Description = "Handig worden met gereedschap, leidingen en stroom.", GroupFrom = 5, GroupTo = 8, CreatedAt = DateTimeOffset.UtcNow,
                Skills =
                [
                    new() { Name = "Een stroomkring maken", Position = 0, ExperimentSlugs = ["stroomkring-met-citroen"] },
                    new() { Name = "Een leiding buigen", Position = 1, Activities = [activity] },
                    new() { Name = "Veilig werken met gereedschap", Position = 2 },
                ],
            });
            await db.SaveChangesAsync();
        }

        var className = $"groep 7 {Guid.NewGuid():N}"[..14];
        var teacher = await fixture.SignedInPageAsync(DemoAccounts.Teacher);
        await teacher.GotoAsync("/mijn/klassen");
        await teacher.FillAsync("#class-name", className);
        await teacher.SelectOptionAsync("#class-level", "Po");
        await teacher.FillAsync("#class-year", "7");
        await teacher.SelectOptionAsync("#class-passport", new SelectOptionValue { Label = passportName });
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Voeg de klas toe" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("h1")).ToHaveTextAsync($"Skillspaspoort van {className}");
        await Assertions.Expect(teacher.GetByText("0 van 3")).ToBeVisibleAsync();
        var passportUrl = new Uri(teacher.Url).AbsolutePath;

        // a date in the future is refused next to the field, and the note stays
        await teacher.SelectOptionAsync("#stamp-skill", new SelectOptionValue { Label = "Veilig werken met gereedschap" });
        await teacher.FillAsync("#stamp-date", DateTime.Today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await teacher.FillAsync("#stamp-note", "Iedereen droeg een veiligheidsbril");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Zet de stempel" }).ClickAsync();
        await Assertions.Expect(teacher.Locator(".form-errors").GetByText("Kies een datum van vandaag of uit het afgelopen jaar.")).ToBeVisibleAsync();
        await Assertions.Expect(teacher.Locator("#stamp-note")).ToHaveValueAsync("Iedereen droeg een veiligheidsbril");
        var violations = await Accessibility.ViolationsAsync(teacher, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"{passportUrl} with errors:\n{string.Join("\n", violations)}");

        await teacher.FillAsync("#stamp-date", DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Zet de stempel" }).ClickAsync();
        await Assertions.Expect(teacher.GetByText("Stempel gezet: Veilig werken met gereedschap.")).ToBeVisibleAsync();
        await Assertions.Expect(teacher.GetByText("1 van 3")).ToBeVisibleAsync();
        await Assertions.Expect(teacher.GetByText("Iedereen droeg een veiligheidsbril")).ToBeVisibleAsync();

        await using (var db = fixture.CreateDbContext())
        {
            var stamp = await db.SkillStamps.Where(s => s.Class!.Name == className).SingleAsync();
            Assert.Equal((StampSource.Hand, "Iedereen droeg een veiligheidsbril"), (stamp.Source, stamp.Note));
        }

        foreach (var (path, ready) in new[] { (passportUrl, "h1"), ("/mijn/klassen", ".card-list"), ($"{passportUrl}/oorkonde", ".certificate") })
        {
            foreach (var width in new[] { 375, 1280 })
            {
                var page = await fixture.SignedInPageAsync(DemoAccounts.Teacher);
                await page.SetViewportSizeAsync(width, 900);
                await page.GotoAsync(path);
                await page.WaitForSelectorAsync(ready);
                var found = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
                Assert.True(found.Count == 0, $"{path} at {width} px:\n{string.Join("\n", found)}");
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at {width} px");
                await Screenshots.SaveAsync(page, $"passport-{path.Split('/').Last()}-{width}");
                await page.CloseAsync();
            }
        }

        var print = await fixture.SignedInPageAsync(DemoAccounts.Teacher);
        await print.EmulateMediaAsync(new() { Media = Media.Print });
        await print.GotoAsync($"{passportUrl}/oorkonde");
        await Assertions.Expect(print.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(print.Locator(".certificate")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(print, "passport-oorkonde-print");
    }

    [Fact]
    public async Task The_leaders_passport_page_with_errors_has_no_WCAG_violations()
    {
        var leader = await fixture.SignedInPageAsync(DemoAccounts.ProgrammeLeader);
        await leader.GotoAsync("/beheer/paspoorten");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Maak het paspoort" }).ClickAsync();
        await leader.WaitForSelectorAsync("[aria-invalid=true]");
        var violations = await Accessibility.ViolationsAsync(leader, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"/beheer/paspoorten with errors:\n{string.Join("\n", violations)}");
        await Screenshots.SaveAsync(leader, "passport-beheer-1280");
    }
}

/// <summary>Screenshots for a human to look at, only when HWMS_SCREENSHOTS names a folder; never asserted on.</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("HWMS_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
