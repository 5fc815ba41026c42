using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class BookingTests(BrowserFixture fixture)
{
    private async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task The_demo_teacher_books_a_slot_the_demo_partner_confirms_it_and_the_teacher_ticks_the_checklist()
    {
        // an activity of the demo editor's partner with a free slot, as the demo data gives it
        await using var db = fixture.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var activity = await db.Slots
            .Where(s => s.Activity!.Partner!.Slug == DemoAccounts.EditorPartner && !s.Closed && s.StartsAt > now && s.BookedGroups < s.CapacityGroups
                && s.Activity.BookingMode == BookingMode.FixedSlots && s.Activity.Levels.Contains(EducationLevel.Vmbo))
            .OrderBy(s => s.StartsAt).Select(s => new { s.ActivityId, s.Activity!.MinGroupSize }).FirstAsync();

        var teacher = await fixture.SignedInPageAsync(DemoAccounts.Teacher);
        await teacher.GotoAsync($"/aanbod/{activity.ActivityId}");
        await teacher.WaitForSelectorAsync("h2:has-text('Vrije tijden')");
        await AssertAccessibleAsync(teacher);

        await teacher.Locator("a:has-text('Boek dit bezoek')").First.ClickAsync();
        await teacher.WaitForSelectorAsync("#class-pupils");
        await teacher.SelectOptionAsync("#class-level", "Vmbo");
        await teacher.FillAsync("#class-year", "3");
        await teacher.FillAsync("#class-pupils", activity.MinGroupSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await teacher.FillAsync("#class-adults", "2");
        await teacher.FillAsync("#goals", "Hoe komt de warmte in ons lokaal?");
        await teacher.FillAsync("#phone", "06 12345678");
        foreach (var box in await teacher.Locator("input[id^=confirm-]").AllAsync())
        {
            await box.CheckAsync();
        }

        await AssertAccessibleAsync(teacher);
        await teacher.ClickAsync("button:has-text('Aanvraag versturen')");
        await teacher.WaitForSelectorAsync("text=Je aanvraag is verstuurd");
        await AssertAccessibleAsync(teacher);
        var bookingUrl = teacher.Url;

        var editor = await fixture.SignedInPageAsync(DemoAccounts.Editor);
        await editor.GotoAsync("/partner/boekingen");
        await editor.Locator(".place-list a").First.ClickAsync();
        await editor.ClickAsync("button:has-text('Bezoek bevestigen')");
        await editor.WaitForSelectorAsync("text=Het bezoek is bevestigd");
        await AssertAccessibleAsync(editor);

        await teacher.GotoAsync(bookingUrl);
        await teacher.WaitForSelectorAsync("h2:has-text('Checklist')");
        Assert.Equal("Bevestigd", await teacher.Locator(".facts strong").First.TextContentAsync());

        await teacher.Locator("input[id^=item-]").First.CheckAsync();
        await teacher.ClickAsync("button:has-text('Checklist opslaan')");
        await teacher.WaitForSelectorAsync("text=De checklist is opgeslagen");
        Assert.True(await teacher.Locator("input[id^=item-]").First.IsCheckedAsync());
        await AssertAccessibleAsync(teacher);
    }

    [Fact]
    public async Task The_demo_teacher_evaluates_a_past_visit_and_the_leader_finds_it()
    {
        var teacher = await fixture.SignedInPageAsync(DemoAccounts.Teacher);
        await teacher.GotoAsync("/mijn/boekingen");
        await teacher.Locator("li:has-text('Uitgevoerd') a").First.ClickAsync();
        await teacher.ClickAsync("a:has-text('Evaluatie invullen')");
        await teacher.WaitForSelectorAsync("h1:has-text('Evaluatie')");
        await AssertAccessibleAsync(teacher);

        // a send without the ratings keeps what was typed and says what is missing
        await teacher.FillAsync("#went-well", "De leerlingen mochten zelf een warmtepomp aansluiten.");
        await teacher.ClickAsync("button:has-text('Evaluatie versturen')");
        await teacher.WaitForSelectorAsync("text=Geef het bezoek een rapportcijfer van 1 tot 10.");
        Assert.Equal("De leerlingen mochten zelf een warmtepomp aansluiten.", await teacher.InputValueAsync("#went-well"));
        await AssertAccessibleAsync(teacher);

        foreach (var field in new[] { "Preparation", "Content", "LearningGoalsFit", "Organisation" })
        {
            await teacher.CheckAsync($"#{field}-4");
        }

        await teacher.FillAsync("#mark", "8");
        await teacher.CheckAsync("#met-yes");
        await teacher.CheckAsync("#consent");
        await teacher.ClickAsync("button:has-text('Evaluatie versturen')");
        await teacher.WaitForSelectorAsync("text=Je evaluatie is verstuurd");
        await teacher.WaitForSelectorAsync("text=School: verstuurd, cijfer 8");

        var leader = await fixture.SignedInPageAsync(DemoAccounts.ProgrammeLeader);
        await leader.GotoAsync("/beheer/evaluaties");
        await leader.WaitForSelectorAsync("text=De leerlingen mochten zelf een warmtepomp aansluiten.");
        await AssertAccessibleAsync(leader);
        await leader.GotoAsync("/beheer/bezoeken");
        await leader.WaitForSelectorAsync("caption");
        await AssertAccessibleAsync(leader);
    }
}
