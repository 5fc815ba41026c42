using HoeWerktMijnStad.Web.Features.Map;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Infrastructure.Security;

/// <summary>A strict Content-Security-Policy and the usual hardening headers on every response. Images may
/// come from the configured tile server; scripts only from this site.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseHwmsSecurityHeaders(this IApplicationBuilder app)
    {
        var map = app.ApplicationServices.GetRequiredService<IOptions<MapOptions>>().Value;
        var tileOrigin = Uri.TryCreate(map.TileUrl.Replace("{s}", "a", StringComparison.Ordinal), UriKind.Absolute, out var tiles)
            && (tiles.Scheme == Uri.UriSchemeHttps || tiles.Scheme == Uri.UriSchemeHttp)
            ? $" {tiles.Scheme}://{tiles.Authority}"
            : "";
        var policy = string.Join("; ",
            "default-src 'self'",
            $"img-src 'self' data:{tileOrigin}",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "connect-src 'self'",
            "font-src 'self'",
            // tour videos, embedded only after the visitor clicks play (Features/Learning/VideoLinks)
            $"frame-src {Features.Learning.VideoLinks.EmbedOrigin}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
            await next(context);
        });
    }
}
