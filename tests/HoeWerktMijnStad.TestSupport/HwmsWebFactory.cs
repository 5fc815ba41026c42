using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using HoeWerktMijnStad.Web.Infrastructure.Email;

namespace HoeWerktMijnStad.TestSupport;

/// <summary>The real site, in process, on a test database. Tiles point at a local address that does not
/// exist, so no test reaches out to a tile server (and the page shows its no-tiles notice). <paramref name="settings"/>
/// come last and win.</summary>
public sealed class HwmsWebFactory(string connectionString, TimeProvider? clock = null, int smtpPort = 25, int loginPostsPerMinute = 10_000,
    IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(RepositoryPaths.Web);

        // serve wwwroot and its pre-compressed variants from the build output, as `dotnet run` does
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Hwms", connectionString);
        builder.UseSetting("Map:TileUrl", "/test-tiles/{z}/{x}/{y}.png");

        // tests send the outbox themselves (OutboxSender.SendDueAsync), to a real SMTP server they start
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:RunSender", "false");

        // tests run the jobs themselves (BookingFollowUp and others, with the fixture's clock)
        builder.UseSetting("Jobs:RunServer", "false");

        // all test requests come from one address; the rate limit gets its own test
        builder.UseSetting("Accounts:LoginPostsPerMinute", loginPostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // tests speak plain HTTP to the site; the TLS proxy test turns HTTPS-only on again, behind a real nginx
        builder.UseSetting("Proxy:HttpsOnly", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            if (clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(clock);
            }
        });
    }

    /// <summary>Serves the site on Kestrel at a free loopback port (for a real browser or a load test).</summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    /// <summary>Sends what the outbox holds now, as the site's background sender would.</summary>
    public async Task<int> DeliverMailAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
    }
}
