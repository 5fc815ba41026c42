using System.Globalization;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>A partner puts an online session in the agenda; a teacher signs up and only then sees the session's link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgendaTests(BrowserFixture fixture)
{
    private const string Link = "https://zoom.example.nl/j/987654321";

    [Fact]
    public async Task A_partner_publishes_an_online_session_and_a_teacher_signs_up_and_gets_the_link()
    {
        var title = $"Zoomsessie warmtenetten {Guid.NewGuid():N}"[..36];
        var day = DateTime.Today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var editor = await fixture.SignedInPageAsync(DemoAccounts.Editor);
        await editor.GotoAsync("/partner/agenda");
        await editor.FillAsync("#event-title", title);
        await editor.FillAsync("#event-description", "Een uur over warmtenetten, voor de hele kolom.");
        await editor.SelectOptionAsync("#event-type", "OnlineSession");
        await editor.SelectOptionAsync("#event-audience", "Everyone");
        await editor.FillAsync("#event-date", day);
        await editor.FillAsync("#event-start", "16:00");
        await editor.FillAsync("#event-end", "17:00");
        await editor.FillAsync("#event-link", Link);
        await editor.FillAsync("#event-capacity", "25");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Zet in de agenda" }).ClickAsync();
        await Assertions.Expect(editor.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(editor.GetByText($"{title} staat in de agenda.")).ToBeVisibleAsync();
        var eventUrl = new Uri(editor.Url).AbsolutePath;

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync("/agenda?soort=online-sessie");
        await visitor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(visitor.Locator("#signup-email")).ToBeVisibleAsync();
        Assert.DoesNotContain(Link, await visitor.ContentAsync(), StringComparison.Ordinal);

        var teacher = await fixture.SignedInPageAsync(DemoAccounts.Teacher);
        await teacher.GotoAsync(eventUrl);
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await Assertions.Expect(teacher.GetByText($"Je bent aangemeld voor {title}.")).ToBeVisibleAsync();
        await Assertions.Expect(teacher.GetByRole(AriaRole.Link, new() { Name = Link })).ToBeVisibleAsync();
        await Assertions.Expect(teacher.GetByText("nog 24 van 25")).ToBeVisibleAsync();

        var violations = await Accessibility.ViolationsAsync(teacher, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"{eventUrl} signed up:\n{string.Join("\n", violations)}");

        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.NetworkEvents.Where(e => e.Title == title).Select(e => e.Registered).SingleAsync());
    }
}
