using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Accounts;

public sealed class AccountPageTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private const string Password = "een lang genoeg wachtwoord";

    private async Task<HttpClient> NewAccountAsync(string email)
    {
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Accounts.AppUser>>();
            var user = new Data.Accounts.AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Oude Naam" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        }

        return await SignedInAsync(email, Password);
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = fixture.Factory.CreateClient();
        var (_, html) = await client.SignInAsync(email, password);
        Assert.Contains("Uitloggen", html, StringComparison.Ordinal);
        return client;
    }

    [Fact]
    public async Task A_visitor_is_sent_to_the_login_page()
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/account");

        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_name_and_the_password_can_be_changed()
    {
        var client = await NewAccountAsync("wijzig@school.example.nl");

        var (_, named) = await client.PostFormAsync("/account", new Dictionary<string, string> { ["Name.Value"] = "Nieuwe Naam" }, "naam");
        Assert.Contains("Je naam is opgeslagen", named, StringComparison.Ordinal);
        var (_, wrong) = await client.PostFormAsync("/account", new Dictionary<string, string> { ["Password.Current"] = "niet het goede", ["Password.New"] = "een ander lang wachtwoord" }, "wachtwoord");
        Assert.Contains("Je huidige wachtwoord klopt niet", wrong, StringComparison.Ordinal);
        var (_, changed) = await client.PostFormAsync("/account", new Dictionary<string, string> { ["Password.Current"] = Password, ["Password.New"] = "een ander lang wachtwoord" }, "wachtwoord");
        Assert.Contains("Je wachtwoord is veranderd", changed, StringComparison.Ordinal);

        await SignedInAsync("wijzig@school.example.nl", "een ander lang wachtwoord");
        await using var db = fixture.CreateDbContext();
        Assert.Equal("Nieuwe Naam", (await db.Users.SingleAsync(u => u.Email == "wijzig@school.example.nl")).DisplayName);
    }

    [Fact]
    public async Task A_new_address_counts_only_after_it_is_confirmed_by_mail()
    {
        var client = await NewAccountAsync("oud@school.example.nl");

        var (_, asked) = await client.PostFormAsync("/account", new Dictionary<string, string> { ["Email.Value"] = "nieuw@school.example.nl" }, "e-mail");
        Assert.Contains("We hebben een mail gestuurd naar nieuw@school.example.nl", asked, StringComparison.Ordinal);
        await fixture.Factory.DeliverMailAsync();
        var (_, confirmed) = await client.PostFormAsync(fixture.Smtp.LinkTo("nieuw@school.example.nl", "/account/nieuw-adres"),
            new Dictionary<string, string> { ["Input.Password"] = Password }, "nieuw-adres");

        Assert.Contains("Je nieuwe e-mailadres is bevestigd", confirmed, StringComparison.Ordinal);
        await SignedInAsync("nieuw@school.example.nl", Password);
        await fixture.Factory.DeliverMailAsync();
        Assert.Contains("Het e-mailadres van je account is veranderd", fixture.Smtp.LastTo("oud@school.example.nl").Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_is_deleted_only_with_its_password()
    {
        var client = await NewAccountAsync("weg@school.example.nl");

        var (_, refused) = await client.PostFormAsync("/account", new Dictionary<string, string> { ["Delete.Password"] = "fout fout fout" }, "verwijderen");
        Assert.Contains("je account is niet verwijderd", refused, StringComparison.Ordinal);
        await client.PostFormAsync("/account", new Dictionary<string, string> { ["Delete.Password"] = Password }, "verwijderen");

        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "weg@school.example.nl"));
    }
}
