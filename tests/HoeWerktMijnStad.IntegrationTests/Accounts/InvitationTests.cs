using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Accounts;

/// <summary>Uses the partners, editors and programme leader that <see cref="SelfServiceWorld"/> sets up.</summary>
public sealed class InvitationTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(HttpClient Client, string Html)> SignInAsync(string email, string password)
    {
        var client = fixture.Factory.CreateClient();
        var (_, html) = await client.SignInAsync(email, password);
        return (client, html);
    }

    private async Task InviteAsync(HttpClient leader, string email)
    {
        int partnerId;
        await using (var db = fixture.CreateDbContext())
        {
            partnerId = (await db.Partners.SingleAsync(p => p.Slug == "partner-a")).Id;
        }

        var (_, invited) = await leader.PostFormAsync("/beheer", new Dictionary<string, string>
        {
            ["Invite.PartnerId"] = partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Invite.Name"] = "Nieuwe Redacteur",
            ["Invite.Email"] = email,
        }, "uitnodigen");
        Assert.Contains($"De uitnodiging voor {email} (Partner A) is verstuurd", invited, StringComparison.Ordinal);
        Assert.Contains("wacht op antwoord", invited, StringComparison.Ordinal);
    }

    private async Task<bool> EditsPartnerAAsync(string email)
    {
        await using var db = fixture.CreateDbContext();
        return await db.PartnerEditors.AnyAsync(e => e.User!.Email == email && e.Partner!.Slug == "partner-a");
    }

    [Fact]
    public async Task An_invited_editor_makes_an_account_by_the_mailed_link_and_accepts()
    {
        var (leader, _) = await SignInAsync("leider@hwms.example.nl", "een lang genoeg wachtwoord");
        await InviteAsync(leader, "nieuw@partner.example.nl");
        Assert.False(await EditsPartnerAAsync("nieuw@partner.example.nl"));

        await fixture.Factory.DeliverMailAsync();
        Assert.Contains("Partner A", fixture.Smtp.LastTo("nieuw@partner.example.nl").Subject, StringComparison.Ordinal);
        var link = fixture.Smtp.LinkTo("nieuw@partner.example.nl", "/uitnodiging");

        var guest = fixture.Factory.CreateClient();
        var (_, accepted) = await guest.PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Name"] = "Nieuwe Redacteur",
            ["Input.Password"] = "de grote kraan boven het dak",
            ["Input.ConfirmPassword"] = "de grote kraan boven het dak",
        }, "uitnodiging-account");
        Assert.Contains("Mijn partnerpagina", accepted, StringComparison.Ordinal);
        Assert.True(await EditsPartnerAAsync("nieuw@partner.example.nl"));
        Assert.Contains("werkt niet (meer)", await guest.GetStringAsync(link), StringComparison.Ordinal);
        Assert.Contains("aangenomen", await leader.GetStringAsync("/beheer"), StringComparison.Ordinal);

        var (editor, home) = await SignInAsync("nieuw@partner.example.nl", "de grote kraan boven het dak");
        Assert.Contains("Mijn partnerpagina", home, StringComparison.Ordinal);
        Assert.Contains("Partner A", await editor.GetStringAsync("/partner"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attacker_who_registered_the_invitees_address_first_gets_nothing()
    {
        // the attacker registers the address before the leader invites it, and never sees its mailbox
        var attacker = fixture.Factory.CreateClient();
        await attacker.PostFormAsync("/registreren", new Dictionary<string, string>
        {
            ["Input.Name"] = "Aanvaller", ["Input.Email"] = "doelwit@partner.example.nl", ["Input.SchoolId"] = await AnySchoolIdAsync(),
            ["Input.Password"] = "een lang genoeg wachtwoord", ["Input.ConfirmPassword"] = "een lang genoeg wachtwoord",
        });
        var (_, attackerHome) = await attacker.SignInAsync("doelwit@partner.example.nl", "een lang genoeg wachtwoord");
        Assert.Contains("Uitloggen", attackerHome, StringComparison.Ordinal);

        var (leader, _) = await SignInAsync("leider@hwms.example.nl", "een lang genoeg wachtwoord");
        await InviteAsync(leader, "doelwit@partner.example.nl");

        Assert.False(await EditsPartnerAAsync("doelwit@partner.example.nl"));
        Assert.EndsWith("/geen-toegang", (await attacker.GetAsync("/partner")).RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("werkt niet (meer)", await attacker.GetStringAsync("/uitnodiging?code=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), StringComparison.Ordinal);

        // the real owner reads the mail, resets the password (the mailbox is theirs) and accepts
        await fixture.Factory.DeliverMailAsync();
        var link = fixture.Smtp.LinkTo("doelwit@partner.example.nl", "/uitnodiging");
        var owner = fixture.Factory.CreateClient();
        Assert.Contains("Inloggen met doelwit@partner.example.nl", await owner.GetStringAsync(link), StringComparison.Ordinal);
        Assert.False(await EditsPartnerAAsync("doelwit@partner.example.nl"));
    }

    private async Task<string> AnySchoolIdAsync()
    {
        await using var db = fixture.CreateDbContext();
        if (!await db.Schools.AnyAsync())
        {
            db.Schools.Add(new Data.Catalogue.School { Name = "School X", Address = "Weg 1", City = "Amsterdam", Location = new NetTopologySuite.Geometries.Point(4.9, 52.37) { SRID = 4326 } });
            await db.SaveChangesAsync();
        }

        return (await db.Schools.Select(s => s.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Only_the_programme_leader_may_open_the_administration()
    {
        var (editor, _) = await SignInAsync("editor-a@partner.example.nl", "een lang genoeg wachtwoord");

        var response = await editor.GetAsync("/beheer");

        Assert.EndsWith("/geen-toegang", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blocked_account_cannot_sign_in_until_it_is_unblocked()
    {
        var (leader, _) = await SignInAsync("leider@hwms.example.nl", "een lang genoeg wachtwoord");
        string teacherId;
        await using (var db = fixture.CreateDbContext())
        {
            teacherId = (await db.Users.SingleAsync(u => u.Email == "docent@school.example.nl")).Id;
        }

        var (_, blocked) = await leader.PostFormAsync("/beheer/accounts", new Dictionary<string, string> { ["Change.UserId"] = teacherId, ["Change.Block"] = "true", ["Change.Confirmed"] = "true" });
        Assert.Contains("docent@school.example.nl is geblokkeerd", blocked, StringComparison.Ordinal);
        var (_, refused) = await SignInAsync("docent@school.example.nl", "een lang genoeg wachtwoord");
        Assert.Contains(Web.Features.Accounts.LoginPage.Refusal, System.Net.WebUtility.HtmlDecode(refused), StringComparison.Ordinal);

        await leader.PostFormAsync("/beheer/accounts", new Dictionary<string, string> { ["Change.UserId"] = teacherId, ["Change.Block"] = "false" });
        var (_, welcome) = await SignInAsync("docent@school.example.nl", "een lang genoeg wachtwoord");
        Assert.Contains("Uitloggen", welcome, StringComparison.Ordinal);
    }
}
