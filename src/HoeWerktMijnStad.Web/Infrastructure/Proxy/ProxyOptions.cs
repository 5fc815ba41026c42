using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Infrastructure.Proxy;

/// <summary>Proxy:* (environment: Proxy__KnownNetworks, Proxy__KnownProxies, Proxy__HttpsOnly, Proxy__HttpsPort): the
/// TLS proxy in front of the site, and whether the site is HTTPS only.</summary>
public sealed class ProxyOptions
{
    /// <summary>Networks whose requests may tell the client's address and scheme (X-Forwarded-For, X-Forwarded-Proto),
    /// in CIDR notation, separated by ';': "127.0.0.0/8;10.0.0.0/8". Empty: no one may.</summary>
    public string KnownNetworks { get; set; } = "";

    /// <summary>Single proxy addresses that may do the same, separated by ';'.</summary>
    public string KnownProxies { get; set; } = "";

    /// <summary>Every cookie Secure, HSTS sent, plain HTTP redirected to HTTPS. On unless turned off: only
    /// Development (`make run`) and the tests that speak plain HTTP to the site in process turn it off.</summary>
    public bool HttpsOnly { get; set; } = true;

    /// <summary>The port that plain HTTP is redirected to: the proxy's HTTPS port.</summary>
    [Range(1, 65535)]
    public int HttpsPort { get; set; } = 443;

    public IEnumerable<string> Networks() => Split(KnownNetworks);

    public IEnumerable<string> Proxies() => Split(KnownProxies);

    private static string[] Split(string list) =>
        list.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Stops the start with a clear message when a network or proxy address does not parse: a typo there would
/// otherwise silently give every visitor the proxy's address (one shared rate limit) or trust no proxy at all.</summary>
public sealed class ProxyOptionsValidation : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var errors = options.Networks().Where(n => !IPNetwork.TryParse(n, out _))
            .Select(n => $"Proxy:KnownNetworks (environment: Proxy__KnownNetworks) holds \"{n}\", which is not a network such as 10.0.0.0/8; separate networks with ';'.")
            .Concat(options.Proxies().Where(p => !IPAddress.TryParse(p, out _))
                .Select(p => $"Proxy:KnownProxies (environment: Proxy__KnownProxies) holds \"{p}\", which is not an IP address; separate addresses with ';'."))
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
