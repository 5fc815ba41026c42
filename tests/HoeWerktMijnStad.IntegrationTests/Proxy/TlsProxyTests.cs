using System.Globalization;
using System.Net;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Proxy;

/// <summary>The site on Kestrel as in production (Proxy:HttpsOnly, the proxy's network known), behind Debian's nginx
/// with TLS and the repository's proxy config.</summary>
public sealed class TlsProxyFixture : PostgisDatabase
{
    public const string Email = "proxy@school.example.nl";
    public const string Password = "een lang genoeg wachtwoord";
    public const int LoginPostsPerMinute = 3;

    public NginxTestProxy Proxy { get; private set; } = null!;
    public HwmsWebFactory Factory { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Proxy = NginxTestProxy.Create();
        Factory = new HwmsWebFactory(ConnectionString, loginPostsPerMinute: LoginPostsPerMinute, settings: new Dictionary<string, string>
        {
            ["Proxy:HttpsOnly"] = "true",
            ["Proxy:KnownNetworks"] = "127.0.0.0/8",
            ["Proxy:HttpsPort"] = Proxy.HttpsPort.ToString(CultureInfo.InvariantCulture),
            ["Site:BaseUrl"] = Proxy.Https.ToString(),
        });
        var site = Factory.StartKestrel();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = "Proxy Docent" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        }

        await Proxy.StartAsync(site);
    }

    public override async Task DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

public sealed class TlsProxyTests(TlsProxyFixture fixture) : IClassFixture<TlsProxyFixture>
{
    private NginxTestProxy Proxy => fixture.Proxy;

    [Fact]
    public async Task Over_https_through_the_proxy_the_site_sends_hsts_and_every_cookie_is_secure()
    {
        var cookies = new CookieContainer();
        using var client = Proxy.Client(IPAddress.Parse("127.0.0.4"), cookies: cookies);

        var login = await client.GetAsync("/inloggen");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("https", login.RequestMessage!.RequestUri!.Scheme);
        Assert.Equal("max-age=31536000", Assert.Single(login.Headers.GetValues("Strict-Transport-Security")));

        var (_, html) = await client.SignInAsync(TlsProxyFixture.Email, TlsProxyFixture.Password);
        Assert.Contains("Uitloggen", html, StringComparison.Ordinal);

        var all = cookies.GetAllCookies();
        Assert.True(all["hwms.auth"]?.Secure, "the sign-in cookie is not Secure");
        var antiforgery = Assert.Single(all, c => c.Name.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.True(antiforgery.Secure, "the antiforgery cookie is not Secure");
        Assert.All(all, cookie => Assert.True(cookie.Secure, $"{cookie.Name} is not Secure"));
    }

    [Fact]
    public async Task Plain_http_through_the_proxy_is_redirected_to_the_same_page_over_https()
    {
        using var client = Proxy.Client(IPAddress.Parse("127.0.0.5"), followRedirects: false);

        var response = await client.GetAsync(new Uri(Proxy.Http, "/aanbod?thema=energie"));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(new Uri(Proxy.Https, "/aanbod?thema=energie"), response.Headers.Location);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS belongs on HTTPS answers only");
    }

    [Fact]
    public async Task Each_client_address_behind_the_proxy_has_its_own_login_limit()
    {
        using var first = Proxy.Client(IPAddress.Parse("127.0.0.2"));
        using var second = Proxy.Client(IPAddress.Parse("127.0.0.3"));
        for (var i = 0; i < TlsProxyFixture.LoginPostsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.SignInAsync("iemand@school.example.nl", "een verkeerd wachtwoord")).Response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.SignInAsync("iemand@school.example.nl", "een verkeerd wachtwoord")).Response.StatusCode);

        // another address is not held back by the first one's attempts (before the proxy was trusted, all shared nginx's)
        var (answer, html) = await second.SignInAsync("iemand@school.example.nl", "een verkeerd wachtwoord");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.DoesNotContain("Wacht een minuut", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.SignInAsync("iemand@school.example.nl", "een verkeerd wachtwoord")).Response.StatusCode);

        // a client cannot name another address itself: nginx replaces X-Forwarded-For with the one it saw
        first.DefaultRequestHeaders.Add("X-Forwarded-For", "10.9.8.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.SignInAsync("iemand@school.example.nl", "een verkeerd wachtwoord")).Response.StatusCode);
    }

    [Fact]
    public async Task A_mistyped_proxy_network_stops_the_start_with_a_message_that_names_the_setting()
    {
        await using var factory = new HwmsWebFactory(fixture.ConnectionString, settings: new Dictionary<string, string>
        {
            // separated by a space instead of ';'
            ["Proxy:KnownNetworks"] = "127.0.0.0/8 10.0.0.0/8",
        });

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Proxy:KnownNetworks (environment: Proxy__KnownNetworks) holds \"127.0.0.0/8 10.0.0.0/8\"", refused.ToString(), StringComparison.Ordinal);
    }
}
