using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Infrastructure.Proxy;

/// <summary>The site behind a TLS-terminating reverse proxy (nginx in docker-compose.yml; docs/adr/0018).</summary>
public static class ProxySetup
{
    public static WebApplicationBuilder AddHwmsProxy(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ProxyOptions>().BindConfiguration("Proxy").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidation>();

        // only the configured proxies are believed: ASP.NET's default (loopback) is cleared, so a client that reaches
        // the site directly cannot pick its own address for the rate limits
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var network in proxy.Value.Networks())
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            foreach (var address in proxy.Value.Proxies())
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<ProxyOptions>>((redirect, proxy) =>
        {
            redirect.HttpsPort = proxy.Value.HttpsPort;
            redirect.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        });
        return builder;
    }

    /// <summary>First in the pipeline: everything after it (HTTPS checks, rate limits, logs) sees the client's real
    /// address and scheme.</summary>
    public static WebApplication UseHwmsProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.HttpsOnly)
        {
            return app;
        }

        app.UseHsts();

        // a health probe may ask over plain HTTP from inside the network, past the proxy
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), https => https.UseHttpsRedirection());

        // one policy for every cookie (sign-in, two-factor, antiforgery, any to come), whatever its own options say
        app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.Always });
        return app;
    }
}
