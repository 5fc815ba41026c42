using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace HoeWerktMijnStad.Web.Infrastructure.Compression;

/// <summary>Compression of dynamic answers (pages, the map's GeoJSON, feeds): Brotli when the browser accepts it,
/// else gzip (issue 22 §2, ADR 0033). Static assets are compressed at build time and served by
/// <c>MapStaticAssets</c> with their own <c>Content-Encoding</c>, so this middleware leaves them alone.</summary>
public static class CompressionSetup
{
    /// <summary>Text answers this site sends beside the framework's defaults (HTML, CSS, JS, JSON, XML, text).</summary>
    public static readonly string[] ExtraMimeTypes =
    [
        "application/geo+json",
        "application/problem+json",
        "application/schema+json",
        "application/vnd.oai.openapi+json",
        "image/svg+xml",
        "text/calendar",
        "text/csv",
    ];

    public static WebApplicationBuilder AddHwmsCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            // The site is served over HTTPS behind the proxy. BREACH needs a secret that repeats in a compressed
            // answer beside text an attacker controls: the one secret in our pages, the antiforgery token, is
            // sealed afresh by Data Protection for every answer, so it never repeats (ADR 0033).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(ExtraMimeTypes);
        });
        // the fastest level: a 740 KB GeoJSON answer still shrinks to about a tenth, for a fraction of the CPU of
        // the "optimal" level, which pays off only for files compressed once (the static assets, at build time)
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return builder;
    }
}
