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

    [Fact]
    public async Task The_programme_leader_invites_an_editor_who_sets_a_password_by_the_mailed_link()
    {
        var (leader, _) = await SignInAsync("leider@hwms.example.nl", "een lang genoeg wachtwoord");
        int partnerId;
        await using (var db = fixture.CreateDbContext())
        {
            partnerId = (await db.Partners.SingleAsync(p => p.Slug == "partner-a")).Id;
        }

        var (_, invited) = await leader.PostFormAsync("/beheer", new Dictionary<string, string>
        {
            ["Invite.PartnerId"] = partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Invite.Name"] = "Nieuwe Redacteur",
            ["Invite.Email"] = "nieuw@partner.example.nl",
        }, "uitnodigen");
        Assert.Contains("nieuw@partner.example.nl is redacteur van Partner A", invited, StringComparison.Ordinal);

        await fixture.Factory.DeliverMailAsync();
        Assert.Contains("Partner A", fixture.Smtp.LastTo("nieuw@partner.example.nl").Subject, StringComparison.Ordinal);
        var link = fixture.Smtp.LinkTo("nieuw@partner.example.nl", "/uitnodiging");

        var guest = fixture.Factory.CreateClient();
        var (_, accepted) = await guest.PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "de grote kraan boven het dak",
            ["Input.ConfirmPassword"] = "de grote kraan boven het dak",
        });
        Assert.Contains("Je wachtwoord is ingesteld", accepted, StringComparison.Ordinal);
        Assert.Contains("werkt niet (meer)", await guest.GetStringAsync(link), StringComparison.Ordinal);

        var (editor, home) = await SignInAsync("nieuw@partner.example.nl", "de grote kraan boven het dak");
        Assert.Contains("Mijn partnerpagina", home, StringComparison.Ordinal);
        Assert.Contains("Partner A", await editor.GetStringAsync("/partner"), StringComparison.Ordinal);
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

        var (_, blocked) = await leader.PostFormAsync("/beheer/accounts", new Dictionary<string, string> { ["Change.UserId"] = teacherId, ["Change.Block"] = "true" });
        Assert.Contains("docent@school.example.nl is geblokkeerd", blocked, StringComparison.Ordinal);
        var (_, refused) = await SignInAsync("docent@school.example.nl", "een lang genoeg wachtwoord");
        Assert.Contains("Dit account is geblokkeerd", refused, StringComparison.Ordinal);

        await leader.PostFormAsync("/beheer/accounts", new Dictionary<string, string> { ["Change.UserId"] = teacherId, ["Change.Block"] = "false" });
        var (_, welcome) = await SignInAsync("docent@school.example.nl", "een lang genoeg wachtwoord");
        Assert.Contains("Uitloggen", welcome, StringComparison.Ordinal);
    }
}
