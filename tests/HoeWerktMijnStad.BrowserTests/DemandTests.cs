using System.Globalization;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>Vraag en aanbod as a new user tries it: the demo teacher asks for "een bezoek over warmtepompen voor 24
/// leerlingen vmbo 3 in maart", the demo partner finds it and answers with a date, the teacher accepts and sees the
/// visit confirmed. Every page passes axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DemandTests(BrowserFixture fixture)
{
    private async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task The_demo_teacher_asks_the_demo_partner_answers_and_the_teacher_accepts_into_a_confirmed_visit()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var march = new DateOnly(today.Month < 3 ? today.Year : today.Year + 1, 3, 1);
        var end = new[] { march.AddMonths(1).AddDays(-1), today.AddYears(1) }.Min();
        // inside [march, end] on any day the test runs (on 1-9 March the period ends a year from today, before the 10th),
        // and more than a week ahead
        var offered = new[] { march.AddDays(9), end }.Min();
        string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = $"Een bezoek over warmtepompen {Guid.NewGuid():N}"[..40];

        var teacher = await fixture.SignedInPageAsync(DemoAccounts.Teacher);
        await teacher.GotoAsync("/mijn/vragen");
        await AssertAccessibleAsync(teacher);
        await teacher.ClickAsync("a:has-text('Nieuwe vraag stellen')");
        await teacher.WaitForSelectorAsync("#request-title");
        await AssertAccessibleAsync(teacher);

        // a first try without the number of pupils keeps what was typed and says what is missing
        await teacher.FillAsync("#request-title", title);
        await teacher.SelectOptionAsync("#request-type", "CompanyVisit");
        await teacher.SelectOptionAsync("#request-theme", "Energie");
        await teacher.SelectOptionAsync("#request-level", "Vmbo");
        await teacher.FillAsync("#request-year", "3");
        await teacher.FillAsync("#request-from", Iso(march));
        await teacher.FillAsync("#request-to", Iso(end));
        await teacher.ClickAsync("button:has-text('Vraag plaatsen')");
        await teacher.WaitForSelectorAsync("text=Vul in met hoeveel leerlingen jullie komen");
        Assert.Equal(title, await teacher.InputValueAsync("#request-title"));
        await AssertAccessibleAsync(teacher);

        await teacher.FillAsync("#request-pupils", "24");
        await teacher.ClickAsync("button:has-text('Vraag plaatsen')");
        await teacher.WaitForSelectorAsync("text=Je vraag staat online");
        await AssertAccessibleAsync(teacher);
        var requestUrl = teacher.Url;

        var editor = await fixture.SignedInPageAsync(DemoAccounts.Editor);
        await editor.GotoAsync("/partner/vragen");
        await editor.WaitForSelectorAsync("h2:has-text('Open vragen die bij jullie passen')");
        await AssertAccessibleAsync(editor);
        await editor.ClickAsync($"a:has-text('{title}')");
        await editor.WaitForSelectorAsync("h2:has-text('Een aanbod doen')");
        Assert.Contains("zie je zodra jullie een aanbod doen", await editor.TextContentAsync("main"), StringComparison.Ordinal);
        await AssertAccessibleAsync(editor);

        // no activity of theirs takes 24 pupils: they make one for this class
        await editor.SelectOptionAsync("#offer-activity", "0");
        await editor.FillAsync("#offer-new-title", "Warmtepompen in onze werkplaats");
        await editor.FillAsync("#offer-new-duration", "120");
        await editor.FillAsync("#offer-date-1", $"{Iso(offered)}T09:30");
        await editor.FillAsync("#offer-message", "Welkom! We laten een warmtepomp van binnen zien.");
        await editor.ClickAsync("button:has-text('Aanbod versturen')");
        await editor.WaitForSelectorAsync("text=Jullie aanbod is verstuurd");
        Assert.Contains(DemoAccounts.Teacher, await editor.TextContentAsync("main"), StringComparison.Ordinal);
        await AssertAccessibleAsync(editor);

        await editor.GotoAsync("/partner/vragen/kaart");
        await editor.WaitForSelectorAsync(".demand-count");
        await AssertAccessibleAsync(editor);

        await teacher.GotoAsync(requestUrl);
        await teacher.WaitForSelectorAsync(".offer-card");
        await AssertAccessibleAsync(teacher);
        await teacher.ClickAsync("a:has-text('Dit aanbod aannemen')");
        await teacher.WaitForSelectorAsync("#accept-phone");
        await AssertAccessibleAsync(teacher);
        await teacher.Locator("input[name='Input.ChosenStart']").First.CheckAsync();
        await teacher.FillAsync("#accept-phone", "06 12345678");
        foreach (var box in await teacher.Locator("input[id^=confirm-]").AllAsync())
        {
            await box.CheckAsync();
        }

        await teacher.ClickAsync("button:has-text('Aanbod aannemen en bezoek bevestigen')");
        await teacher.WaitForSelectorAsync("text=is bevestigd");
        Assert.Equal("Bevestigd", await teacher.Locator(".facts strong").First.TextContentAsync());
        await teacher.WaitForSelectorAsync("h2:has-text('Checklist')");
        await AssertAccessibleAsync(teacher);

        var leader = await fixture.SignedInPageAsync(DemoAccounts.ProgrammeLeader);
        await leader.GotoAsync("/beheer/vragen");
        await leader.WaitForSelectorAsync("h2:has-text('Zonder aanbod na tien dagen')");
        await AssertAccessibleAsync(leader);
    }
}
