using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>Issue 17 §1: school and host talk on the booking.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MessageThreadTests(BrowserFixture fixture)
{
    private async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task A_teacher_asks_a_question_and_the_partner_answers()
    {
        int bookingId;
        await using (var db = fixture.CreateDbContext())
        {
            bookingId = await db.Bookings.Where(b => b.Partner!.Slug == DemoAccounts.EditorPartner && b.Teacher!.Email == DemoAccounts.Teacher)
                .OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        }

        var question = $"Is het praktijklokaal gelijkvloers? ({Guid.NewGuid():N})";
        var teacher = await fixture.SignedInPageAsync(DemoAccounts.Teacher);
        await teacher.GotoAsync($"/mijn/boekingen/{bookingId}");
        await teacher.FillAsync("#message-text", question);
        await teacher.ClickAsync("button:has-text('Bericht versturen')");
        await teacher.WaitForSelectorAsync("text=Je bericht is verstuurd");
        await Assertions.Expect(teacher.Locator(".thread__message--mine").Last).ToContainTextAsync(question);
        await AssertAccessibleAsync(teacher);

        // the partner sees the unread count on its list and follows it to the question
        var editor = await fixture.SignedInPageAsync(DemoAccounts.Editor);
        await editor.GotoAsync("/partner/boekingen");
        var unread = editor.Locator($"a.badge--attention[href='/partner/boekingen/{bookingId}#berichten']");
        await Assertions.Expect(unread).ToHaveTextAsync("1 nieuw bericht");
        await AssertAccessibleAsync(editor);
        await unread.ClickAsync();
        var received = editor.Locator(".thread__message", new() { HasText = question });
        await Assertions.Expect(received.Locator(".badge")).ToHaveTextAsync("nieuw");
        await AssertAccessibleAsync(editor);

        // an empty answer is refused at the field; the real one arrives
        await editor.ClickAsync("button:has-text('Bericht versturen')");
        await editor.WaitForSelectorAsync("text=Schrijf een bericht van 1 tot 1000 tekens.");
        Assert.Equal("true", await editor.GetAttributeAsync("#message-text", "aria-invalid"));
        await AssertAccessibleAsync(editor);
        await editor.FillAsync("#message-text", "Ja, alles is gelijkvloers. Fietsen kunnen in de hal.");
        await editor.ClickAsync("button:has-text('Bericht versturen')");
        await editor.WaitForSelectorAsync("text=Je bericht is verstuurd");

        await teacher.GotoAsync("/mijn/boekingen");
        await teacher.Locator($"a.badge--attention[href='/mijn/boekingen/{bookingId}#berichten']").ClickAsync();
        await Assertions.Expect(teacher.Locator(".thread__message").Last).ToContainTextAsync("Ja, alles is gelijkvloers.");
        await teacher.GotoAsync("/mijn/boekingen");
        Assert.Equal(0, await teacher.Locator($"a.badge--attention[href='/mijn/boekingen/{bookingId}#berichten']").CountAsync());
    }
}
