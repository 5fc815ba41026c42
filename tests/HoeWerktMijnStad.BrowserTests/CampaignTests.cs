using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Passports;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>A teacher sends in a design, the leader publishes it, a partner adopts it and downloads the van sticker;
/// every campaign page has no WCAG violations and no sideways scroll on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CampaignTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_teacher_submits_a_design_the_leader_publishes_it_and_a_partner_adopts_it_and_downloads_the_sticker()
    {
        var className = $"groep 8 {Guid.NewGuid():N}"[..14];
        var schoolClass = new SchoolClass { Name = className, Level = EducationLevel.Po, Year = 8, CreatedAt = DateTimeOffset.UtcNow };
        await using (var db = fixture.CreateDbContext())
        {
            var school = await db.Schools.Where(s => s.Name == DemoAccounts.TeacherSchool).Select(s => s.Id).FirstAsync();
            schoolClass.SchoolId = school;
            db.SchoolClasses.Add(schoolClass);
            await db.SaveChangesAsync();
        }

        var slogan = $"Zon op elk dak {Guid.NewGuid():N}"[..20];
        var file = Path.Combine(Path.GetTempPath(), $"ontwerp-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, TestImages.Encode(800, 600, SkiaSharp.SKEncodedImageFormat.Png));

        var teacher = await fixture.SignedInPageAsync(DemoAccounts.Teacher);
        await teacher.GotoAsync("/campagne/insturen");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Stuur het ontwerp in" }).ClickAsync();
        await teacher.WaitForSelectorAsync("[aria-invalid=true]");
        await AssertAccessibleAsync(teacher, "/campagne/insturen with errors");
        await teacher.SelectOptionAsync("#design-class", schoolClass.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await teacher.FillAsync("#design-slogan", slogan);
        await teacher.SelectOptionAsync("#design-theme", "Energie");
        await teacher.SetInputFilesAsync("#design-image", file);
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Stuur het ontwerp in" }).ClickAsync();
        await Assertions.Expect(teacher.GetByText($"Het ontwerp “{slogan}” is ingestuurd.", new() { Exact = false })).ToBeVisibleAsync();
        File.Delete(file);

        var leader = await fixture.SignedInPageAsync(DemoAccounts.ProgrammeLeader);
        await leader.GotoAsync("/beheer/campagne");
        await AssertAccessibleAsync(leader, "/beheer/campagne");
        await leader.GetByRole(AriaRole.Button, new() { Name = $"Publiceer {slogan}" }).ClickAsync();
        await Assertions.Expect(leader.GetByText($"“{slogan}” staat in de galerij", new() { Exact = false })).ToBeVisibleAsync();

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync("/campagne");
        await Assertions.Expect(visitor.GetByText(slogan)).ToBeVisibleAsync();

        var editor = await fixture.SignedInPageAsync(DemoAccounts.Editor);
        await editor.GotoAsync("/partner/campagne");
        await AssertAccessibleAsync(editor, "/partner/campagne");
        await editor.GetByRole(AriaRole.Button, new() { Name = $"Kies dit ontwerp {slogan}" }).ClickAsync();
        await Assertions.Expect(editor.GetByText($"Jullie busjes rijden met “{slogan}”.", new() { Exact = false })).ToBeVisibleAsync();
        var download = await editor.RunAndWaitForDownloadAsync(() => editor.GetByRole(AriaRole.Link, new() { Name = $"PNG van {slogan}" }).ClickAsync());
        var png = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.True(png.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }), "the sticker is a PNG");
        var svg = await editor.RunAndWaitForDownloadAsync(() => editor.GetByRole(AriaRole.Link, new() { Name = $"SVG van {slogan}" }).ClickAsync());
        Assert.Contains(slogan, await File.ReadAllTextAsync((await svg.PathAsync())!), StringComparison.Ordinal);

        foreach (var (path, ready, email) in new[]
        {
            ("/campagne", ".card-list", (string?)null), ("/campagne/insturen", "form", DemoAccounts.Teacher),
            ("/beheer/campagne", "h1", DemoAccounts.ProgrammeLeader), ("/partner/campagne", "table", DemoAccounts.Editor),
        })
        {
            foreach (var width in new[] { 375, 1280 })
            {
                var page = email is null ? await fixture.NewPageAsync(width) : await fixture.SignedInPageAsync(email);
                await page.SetViewportSizeAsync(width, 900);
                await page.GotoAsync(path);
                await page.WaitForSelectorAsync(ready);
                await AssertAccessibleAsync(page, $"{path} at {width} px");
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at {width} px");
                await Screenshots.SaveAsync(page, $"campaign-{path.Trim('/').Replace('/', '-')}-{width}");
                await page.CloseAsync();
            }
        }
    }

    private async Task AssertAccessibleAsync(IPage page, string what)
    {
        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"{what}:\n{string.Join("\n", violations)}");
    }
}
