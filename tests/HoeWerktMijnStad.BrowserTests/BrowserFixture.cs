using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>The real site on Kestrel with the demo data, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : PostgisDatabase
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public HwmsWebFactory Factory { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public string AxeSource { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "wwwroot-assets", "node_modules", "axe-core", "axe.min.js"));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory = new HwmsWebFactory(ConnectionString);
        BaseAddress = Factory.StartKestrel();

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync();
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh page signed in through the login form with a demo account; when the site asks for the second
    /// step (the demo leader), with the code an app holding <paramref name="authenticatorKey"/> shows now.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password = DemoAccounts.Password, string authenticatorKey = DemoAccounts.AuthenticatorKey)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.FillAsync("#login-email", email);
        await page.FillAsync("#login-password", password);
        await page.Locator("main button[type=submit]").ClickAsync();
        var signedIn = page.Locator(".site-nav__account button");
        await signedIn.Or(page.Locator("#second-step-code")).First.WaitForAsync();
        if (!await signedIn.IsVisibleAsync())
        {
            await page.FillAsync("#second-step-code", TestAuthenticator.Code(authenticatorKey));
            await page.Locator("main form button[type=submit]").First.ClickAsync();
            await signedIn.WaitForAsync();
        }

        return page;
    }

    /// <summary>A fresh page that may only talk to our own server; with a place, one that may tell the site where
    /// the visitor is.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, Geolocation? place = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Geolocation = place,
            Permissions = place is null ? [] : ["geolocation"],
        });
        await context.RouteAsync("**/*", route =>
            new Uri(route.Request.Url).Host == BaseAddress.Host ? route.ContinueAsync() : route.AbortAsync());
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"[browser console] {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Console.Error.WriteLine($"[browser error] {page.Url}: {error}");
        return page;
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
