using System.Net;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Accounts;

/// <summary>When a session ends: logout (also for a copied cookie), log out everywhere, blocking, and the absolute
/// lifetime (12 hours for the leader, 30 days for others) on the fixture's clock.</summary>
public sealed class SessionTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private const string Password = SelfServiceWorld.Password;
    private static readonly Uri Site = new("http://localhost");

    public async Task InitializeAsync()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        await fixture.EnsureSelfServiceWorldAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task NewTeacherAsync(string email)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Teacher)).Succeeded);
    }

    private async Task<HttpClient> SignedInAsync(string email, CookieContainer? cookies = null)
    {
        var client = fixture.Factory.CreateDefaultClient(Site, new RedirectHandler(), new CookieContainerHandler(cookies ?? new CookieContainer()));
        var (_, html) = await client.SignInAsync(email, Password);
        Assert.Contains("Uitloggen", html, StringComparison.Ordinal);
        return client;
    }

    /// <summary>Whether the client's cookie still opens a page only signed-in people see (no redirect to the login).</summary>
    private static async Task<bool> SignedInOnAsync(HttpClient client, string path = "/account")
    {
        var response = await client.GetAsync(path);
        return response.RequestMessage!.RequestUri!.AbsolutePath == path && response.StatusCode == HttpStatusCode.OK;
    }

    [Fact]
    public async Task A_copied_cookie_is_refused_after_logout()
    {
        await NewTeacherAsync("gekopieerd@school.example.nl");
        var cookies = new CookieContainer();
        var client = await SignedInAsync("gekopieerd@school.example.nl", cookies);
        var copy = fixture.Factory.CreateDefaultClient(Site);
        copy.DefaultRequestHeaders.Add("Cookie", $"hwms.auth={cookies.GetCookies(Site)["hwms.auth"]!.Value}");
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/account")).StatusCode);

        var (loggedOut, _) = await client.PostFormAsync("/", new Dictionary<string, string>(), "/uitloggen");

        Assert.Equal("/", loggedOut.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False(await SignedInOnAsync(client));
        // at once, not after Identity's one-minute check: the clock has not moved
        var refused = await copy.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/inloggen", refused.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_logout_without_the_antiforgery_token_is_refused()
    {
        await NewTeacherAsync("vervalst@school.example.nl");
        var client = await SignedInAsync("vervalst@school.example.nl");

        var forged = await client.PostAsync("/uitloggen", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(await SignedInOnAsync(client));
    }

    [Fact]
    public async Task Log_out_everywhere_ends_the_other_session_and_keeps_this_one()
    {
        await NewTeacherAsync("overal@school.example.nl");
        var laptop = await SignedInAsync("overal@school.example.nl");
        var phone = await SignedInAsync("overal@school.example.nl");
        Assert.Contains("Overal anders uitloggen", await laptop.GetStringAsync("/account"), StringComparison.Ordinal);

        var (_, html) = await laptop.PostFormAsync("/account", new Dictionary<string, string>(), "/account/overal-uitloggen");

        Assert.Contains("Je bent op alle andere apparaten uitgelogd.", html, StringComparison.Ordinal);
        Assert.True(await SignedInOnAsync(laptop));
        Assert.False(await SignedInOnAsync(phone));
    }

    [Fact]
    public async Task A_blocked_persons_session_ends()
    {
        await NewTeacherAsync("geblokkeerd@school.example.nl");
        var teacher = await SignedInAsync("geblokkeerd@school.example.nl");
        var leader = await SignedInAsync(SelfServiceWorld.Leader);
        string id;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("geblokkeerd@school.example.nl"))!.Id;
        }

        var (_, blocked) = await leader.PostFormAsync("/beheer/accounts",
            new Dictionary<string, string> { ["Change.UserId"] = id, ["Change.Block"] = "true", ["Change.Confirmed"] = "true" }, "account-blokkeren");

        Assert.Contains("geblokkeerd@school.example.nl is geblokkeerd", blocked, StringComparison.Ordinal);
        Assert.False(await SignedInOnAsync(teacher));
    }

    [Fact]
    public async Task The_leaders_session_ends_12_hours_after_signing_in_and_a_teachers_after_30_days()
    {
        var start = fixture.Clock.UtcNow;
        await NewTeacherAsync("dertig-dagen@school.example.nl");
        var leader = await SignedInAsync(SelfServiceWorld.Leader);
        var teacher = await SignedInAsync("dertig-dagen@school.example.nl");

        // busy all day: Identity rebuilds the claims every minute and the cookie slides, but the sign-in time stays
        foreach (var hours in new[] { 1, 6, 11 })
        {
            fixture.Clock.UtcNow = start.AddHours(hours);
            Assert.True(await SignedInOnAsync(leader, "/beheer"), $"after {hours} h");
        }

        fixture.Clock.UtcNow = start.AddHours(11).AddMinutes(59);
        Assert.True(await SignedInOnAsync(leader, "/beheer"));
        fixture.Clock.UtcNow = start.AddHours(12).AddMinutes(1);
        Assert.False(await SignedInOnAsync(leader, "/beheer"));
        Assert.True(await SignedInOnAsync(teacher));

        foreach (var days in new[] { 7, 14, 21, 29 })
        {
            fixture.Clock.UtcNow = start.AddDays(days);
            Assert.True(await SignedInOnAsync(teacher), $"after {days} days");
        }

        fixture.Clock.UtcNow = start.AddDays(30).AddMinutes(1);
        Assert.False(await SignedInOnAsync(teacher));
    }
}
