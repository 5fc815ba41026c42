using System.Text.RegularExpressions;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>Who acts for a school and who edits a partner, as people click through it: a teacher on the school's mail
/// domain is linked at once, one on another address waits for the leader, and an invited editor accepts.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SchoolTrustTests(BrowserFixture fixture)
{
    private const string Password = "een lang en goed wachtwoord";

    /// <summary>The link in the newest mail to an address, read from the outbox as the mail would carry it.</summary>
    private async Task<string> MailedLinkAsync(string to, string path)
    {
        await using var db = fixture.CreateDbContext();
        var body = await db.OutboxEmails.Where(m => m.ToAddress == to).OrderByDescending(m => m.Id).Select(m => m.TextBody).FirstAsync();
        var url = LinkPattern().Matches(body).Select(m => m.Value).First(u => u.Contains(path, StringComparison.Ordinal));
        return new Uri(url).PathAndQuery;
    }

    private async Task<IPage> RegisterAndConfirmAsync(string email, string school)
    {
        var page = await fixture.NewPageAsync(375, 800);
        await page.GotoAsync("/registreren");
        await page.FillAsync("#reg-name", "Nieuwe Docent");
        await page.FillAsync("#reg-email", email);
        await page.SelectOptionAsync("#reg-school", new SelectOptionValue { Label = school });
        await page.FillAsync("#reg-password", Password);
        await page.FillAsync("#reg-confirm", Password);
        await page.ClickAsync("main button:has-text('Account aanmaken')");
        await page.WaitForSelectorAsync("text=Bijna klaar");

        await page.GotoAsync(await MailedLinkAsync(email, "/account/bevestigen"));
        await AssertAccessibleAsync(page);
        await page.ClickAsync("text=Ja, dit is mijn adres");
        await page.WaitForSelectorAsync("text=Je e-mailadres is bevestigd");
        await page.GotoAsync("/inloggen");
        await page.FillAsync("#login-email", email);
        await page.FillAsync("#login-password", Password);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("text=Uitloggen");
        return page;
    }

    private async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Accessibility.ViolationsAsync(page, fixture.AxeSource);
        Assert.True(violations.Count == 0, $"{page.Url}:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task A_new_teacher_on_the_schools_mail_domain_is_linked_at_once()
    {
        var page = await RegisterAndConfirmAsync($"nieuw@{DemoAccounts.TeacherSchoolDomain}", DemoAccounts.TeacherSchool + " (Amsterdam)");

        await page.GotoAsync("/mijn/boekingen");
        await page.WaitForSelectorAsync("h1:has-text('Boekingen van je school')");
        await page.GotoAsync("/account");
        Assert.Contains($"Je boekt namens {DemoAccounts.TeacherSchool}", await page.Locator(".school-standing").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_on_another_address_waits_and_the_leader_approves()
    {
        var email = "juf.anders@mail.example.com";
        var page = await RegisterAndConfirmAsync(email, "Basisschool Het Vlot (Amsterdam)");
        await page.GotoAsync("/mijn/boekingen");
        await page.WaitForSelectorAsync("h1:has-text('Je kunt nog niet namens je school werken')");
        Assert.Contains("De programmaleider kijkt nog of je bij Basisschool Het Vlot werkt", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page);

        var leader = await fixture.SignedInPageAsync(DemoAccounts.ProgrammeLeader);
        await leader.GotoAsync("/beheer/docenten");
        await leader.WaitForSelectorAsync("text=Wacht op jou");
        await AssertAccessibleAsync(leader);
        var card = leader.Locator(".teacher-queue li", new() { HasText = email });
        await card.Locator("button:has-text('Werkt bij Basisschool Het Vlot')").ClickAsync();
        await leader.WaitForSelectorAsync("text=De docent hoort nu bij de school");

        await page.GotoAsync("/mijn/boekingen");
        await page.WaitForSelectorAsync("h1:has-text('Boekingen van je school')");
    }

    [Fact]
    public async Task An_invited_editor_accepts_and_then_edits_the_partner()
    {
        var email = "nieuwe.redacteur@partner.example.nl";
        var leader = await fixture.SignedInPageAsync(DemoAccounts.ProgrammeLeader);
        await leader.GotoAsync("/beheer");
        await leader.SelectOptionAsync("#invite-partner", new SelectOptionValue { Index = 1 });
        var partner = (await leader.Locator("#invite-partner option:checked").TextContentAsync())!.Trim();
        await leader.FillAsync("#invite-name", "Nieuwe Redacteur");
        await leader.FillAsync("#invite-email", email);
        await leader.ClickAsync("text=Uitnodiging sturen");
        await leader.WaitForSelectorAsync($"text=De uitnodiging voor {email} ({partner}) is verstuurd");

        var invitee = await fixture.NewPageAsync(375, 800);
        await invitee.GotoAsync(await MailedLinkAsync(email, "/uitnodiging"));
        await invitee.WaitForSelectorAsync($"h1:has-text('redacteur van {partner}')");
        await AssertAccessibleAsync(invitee);
        await invitee.FillAsync("#invite-password", Password);
        await invitee.FillAsync("#invite-confirm", Password);
        await invitee.ClickAsync("text=Account maken en uitnodiging aannemen");
        await invitee.WaitForSelectorAsync("text=Uitloggen");
        Assert.Contains(partner, await invitee.Locator("main").TextContentAsync(), StringComparison.Ordinal);

        await leader.GotoAsync("/beheer");
        var invitations = leader.GetByRole(AriaRole.Table, new() { Name = "Verstuurde uitnodigingen, nieuwste eerst" });
        Assert.Contains("aangenomen", await invitations.Locator("tr", new() { HasText = email }).TextContentAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
