using HoeWerktMijnStad.Web.Features.Demo;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AdminTests(BrowserFixture fixture)
{
    private Task<IPage> SignedInLeaderAsync() => fixture.SignedInPageAsync(DemoAccounts.ProgrammeLeader);

    [Fact]
    public async Task The_admin_pages_and_the_invitation_page_have_no_WCAG_violations()
    {
        // /beheer/mail with a row in its table, not only its empty state
        await using (var db = fixture.CreateDbContext())
        {
            db.QueueEmail(new EmailMessage("bestaat-niet@school.example.nl", "Een Docent", "Je aanvraag is verstuurd", "x"), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            await db.OutboxEmails.Where(m => m.ToAddress == "bestaat-niet@school.example.nl")
                .ExecuteUpdateAsync(m => m.SetProperty(e => e.UndeliverableAt, DateTimeOffset.UtcNow).SetProperty(e => e.LastError, "550 5.1.1 Onbekende ontvanger").SetProperty(e => e.Attempts, 1));
        }

        var page = await SignedInLeaderAsync();
        foreach (var (path, ready) in new[]
        {
            ("/beheer", "h1"), ("/beheer/partners", "h1"), ("/beheer/scholen", ".point-picker .leaflet-container"),
            ("/beheer/accounts", "h1"), ("/beheer/docenten", "h1"), ("/beheer/logboek", "h1"), ("/beheer/checklist", "h1"), ("/beheer/kaartregel", "h1"), ("/beheer/achtergrondtaken", "h1"), ("/beheer/vakanties", "h1"),
            ($"/beheer/kaartregel/afsluiting/{DateTime.UtcNow.AddMonths(-1):yyyy-MM}", "h1"),
            ("/beheer/cijfers", ".charts svg"), ("/beheer/bezoeken", "caption"), ("/beheer/evaluaties", "h1"), ("/beheer/mail", ".admin-table"),
        })
        {
            await page.GotoAsync(path);
            await page.WaitForSelectorAsync(ready);
            var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
            Assert.True(violations.Count == 0, $"{path}:\n{string.Join("\n", violations)}");
        }

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync("/uitnodiging?code=verlopen");
        await visitor.WaitForSelectorAsync("h1");
        var invitation = await Accessibility.ViolationsAsync(visitor, fixture.AxeSource);
        Assert.True(invitation.Count == 0, $"/uitnodiging:\n{string.Join("\n", invitation)}");
    }

    [Fact]
    public async Task The_leader_adds_a_checklist_item_after_a_refusal_that_is_accessible()
    {
        var page = await SignedInLeaderAsync();
        await page.GotoAsync("/beheer/checklist?zijde=Company&fase=After");
        await page.FillAsync("#item-text", "ab");
        await page.Locator("#punt-formulier button[type=submit]").ClickAsync();

        await page.WaitForSelectorAsync("text=De tekst van een punt is 3 tot 300 tekens lang; deze is 2 tekens.");
        Assert.Equal("ab", await page.InputValueAsync("#item-text"));
        Assert.Equal("true", await page.GetAttributeAsync("#item-text", "aria-invalid"));
        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"/beheer/checklist with an error:\n{string.Join("\n", violations)}");

        await page.FillAsync("#item-text", "Het bedrijf heeft foto's van de dag naar de school gestuurd.");
        await page.Locator("#punt-formulier button[type=submit]").ClickAsync();

        await page.WaitForSelectorAsync("text=Het punt is toegevoegd aan Bedrijf, achteraf.");
        Assert.Equal("Het bedrijf heeft foto's van de dag naar de school gestuurd.",
            await page.Locator("#checklist-company-after + table tbody tr:last-child td:nth-child(2)").TextContentAsync());
    }
}
