using System.Net;
using System.Text.RegularExpressions;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Accounts;

/// <summary>The second factor: required for the programme leader, refused when wrong, recovery codes once.</summary>
public sealed partial class TwoFactorTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private const string Password = "een lang genoeg wachtwoord";

    private async Task<AppUser> NewAccountAsync(string email, string role, bool withTwoFactor)
    {
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        if (withTwoFactor)
        {
            await TestAuthenticator.EnableAsync(fixture.Factory.Services, email);
        }

        await using var again = fixture.Factory.Services.CreateAsyncScope();
        return (await again.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!;
    }

    /// <summary>The client after the password step only: it stands on the second-step page.</summary>
    private async Task<HttpClient> PasswordOnlyAsync(string email)
    {
        var client = fixture.Factory.CreateClient();
        var (response, html) = await client.PostFormAsync("/inloggen", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal("/inloggen/tweede-stap", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("Uitloggen", html, StringComparison.Ordinal);
        return client;
    }

    [Fact]
    public async Task A_leader_without_2FA_is_sent_to_the_set_up_and_refused_on_the_administration_until_it_is_on()
    {
        await NewAccountAsync("nieuwe-leider@hwms.example.nl", Roles.ProgrammeLeader, withTwoFactor: false);
        var client = fixture.Factory.CreateClient();

        var (signedIn, setUp) = await client.SignInAsync("nieuwe-leider@hwms.example.nl", Password);
        Assert.Equal("/account/tweestapsverificatie", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Als programmaleider zet je eerst tweestapsverificatie aan", setUp, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/beheer\"", setUp, StringComparison.Ordinal);

        var noRedirects = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await noRedirects.SignInAsync("nieuwe-leider@hwms.example.nl", Password);
        foreach (var page in new[] { "/beheer", "/beheer/accounts", "/beheer/bezoeken" })
        {
            var refused = await noRedirects.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal($"/account/tweestapsverificatie?ReturnUrl={Uri.EscapeDataString(page)}", refused.Headers.Location!.OriginalString);
        }

        // the key as the page shows it for typing, and a wrong code first: refused in Dutch, the typed code kept
        var key = KeyPattern().Match(setUp).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var wrong = TestAuthenticator.WrongCode(key);
        var (_, refusedCode) = await client.PostFormAsync("/account/tweestapsverificatie", new Dictionary<string, string> { ["Code.Value"] = wrong }, "bevestigen");
        Assert.Contains("Deze code klopt niet", refusedCode, StringComparison.Ordinal);
        Assert.Contains($"value=\"{wrong}\"", refusedCode, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await noRedirects.GetAsync("/beheer")).StatusCode);

        var (_, enabled) = await client.PostFormAsync("/account/tweestapsverificatie",
            new Dictionary<string, string> { ["Code.Value"] = TestAuthenticator.Code(key) }, "bevestigen");
        Assert.Contains("Bewaar deze herstelcodes", enabled, StringComparison.Ordinal);
        Assert.Equal(10, RecoveryCodePattern().Count(enabled));
        Assert.Contains("<h1>Beheer</h1>", await client.GetStringAsync("/beheer"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_at_the_second_step_is_refused_with_a_Dutch_message()
    {
        await NewAccountAsync("leider-foute-code@hwms.example.nl", Roles.ProgrammeLeader, withTwoFactor: true);
        var client = await PasswordOnlyAsync("leider-foute-code@hwms.example.nl");
        var wrong = TestAuthenticator.WrongCode(TestAuthenticator.Key);

        var (_, html) = await client.PostFormAsync("/inloggen/tweede-stap", new Dictionary<string, string> { ["Code.Value"] = wrong }, "tweede-stap");

        Assert.Contains("Deze code klopt niet. Typ de zes cijfers die de app nu laat zien", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{wrong}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Uitloggen", html, StringComparison.Ordinal);
        Assert.Contains("/inloggen", (await client.GetAsync("/beheer")).RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);

        // the right code still works afterwards
        var (_, home) = await client.PostFormAsync("/inloggen/tweede-stap", new Dictionary<string, string> { ["Code.Value"] = TestAuthenticator.Code() }, "tweede-stap");
        Assert.Contains("Uitloggen", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var user = await NewAccountAsync("leider-herstel@hwms.example.nl", Roles.ProgrammeLeader, withTwoFactor: true);
        string code;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id))!, 10))!.First();
        }

        // kept only as hashes: a copy of the database holds no usable code
        await using (var db = fixture.CreateDbContext())
        {
            var stored = await db.UserTokens.Where(t => t.UserId == user.Id && t.Name == "RecoveryCodes").Select(t => t.Value).SingleAsync();
            Assert.Equal(10, stored!.Split(';').Length);
            Assert.DoesNotContain(code, stored, StringComparison.Ordinal);
        }

        var first = await PasswordOnlyAsync("leider-herstel@hwms.example.nl");
        // as a person might type it: lower case, a space instead of the dash
        var (_, home) = await first.PostFormAsync("/inloggen/tweede-stap",
            new Dictionary<string, string> { ["Recovery.Value"] = code.ToLowerInvariant().Replace('-', ' ') }, "herstelcode");
        Assert.Contains("Uitloggen", home, StringComparison.Ordinal);
        Assert.Contains("<h1>Beheer</h1>", await first.GetStringAsync("/beheer"), StringComparison.Ordinal);

        var second = await PasswordOnlyAsync("leider-herstel@hwms.example.nl");
        var (_, used) = await second.PostFormAsync("/inloggen/tweede-stap", new Dictionary<string, string> { ["Recovery.Value"] = code }, "herstelcode");
        Assert.Contains("Deze herstelcode klopt niet of is al gebruikt", used, StringComparison.Ordinal);
        Assert.DoesNotContain("Uitloggen", used, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_may_turn_2FA_on_and_off_again()
    {
        await NewAccountAsync("docent-tweestap@school.example.nl", Roles.Teacher, withTwoFactor: false);
        var client = fixture.Factory.CreateClient();
        await client.SignInAsync("docent-tweestap@school.example.nl", Password);
        Assert.Contains("Tweestapsverificatie aanzetten", await client.GetStringAsync("/account"), StringComparison.Ordinal);
        var setUp = await client.GetStringAsync("/account/tweestapsverificatie");
        var key = KeyPattern().Match(setUp).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        await client.PostFormAsync("/account/tweestapsverificatie", new Dictionary<string, string> { ["Code.Value"] = TestAuthenticator.Code(key) }, "bevestigen");
        Assert.Contains("Staat aan", await client.GetStringAsync("/account"), StringComparison.Ordinal);
        var (_, off) = await client.PostFormAsync("/account/tweestapsverificatie", new Dictionary<string, string>(), "uitzetten");

        Assert.Contains("Tweestapsverificatie staat uit.", off, StringComparison.Ordinal);
        var (_, again) = await fixture.Factory.CreateClient().SignInAsync("docent-tweestap@school.example.nl", Password);
        Assert.Contains("Uitloggen", again, StringComparison.Ordinal);
    }

    [GeneratedRegex("<code class=\"totp-key\"[^>]*>([a-z2-7 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>[A-Z0-9]{5}-[A-Z0-9]{5}</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
