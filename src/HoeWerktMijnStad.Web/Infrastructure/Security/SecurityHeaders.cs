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
        string[] directives =
        [
            "default-src 'self'",
            $"img-src 'self' data:{tileOrigin}",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ];
        var policy = string.Join("; ", directives);
        // YouTube videos, embedded only after the visitor clicks play (Features/Learning/VideoLinks), on tours and
        // the family video pages; no other page frames anything, so elsewhere default-src 'self' stays the rule
        var videoPolicy = string.Join("; ", directives.Append($"frame-src {Features.Learning.VideoLinks.EmbedOrigin}"));

        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = MayEmbedVideos(context.Request.Path) ? videoPolicy : policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
            await next(context);
        });
    }

    /// <summary>The pages that show YouTube videos: one tour (/leren/rondleidingen/{slug}, not the list of
    /// tours), the family corner's video page and its conversation topics, and the family video editor's preview.</summary>
    public static bool MayEmbedVideos(PathString path) =>
        (path.StartsWithSegments("/leren/rondleidingen", StringComparison.OrdinalIgnoreCase, out var rest) && rest.Value is { Length: > 1 })
        || path.StartsWithSegments("/techniek-is-een-feest/videos", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/beheer/leren/videos", StringComparison.OrdinalIgnoreCase)
        || (path.StartsWithSegments("/techniek-is-een-feest/gespreksonderwerpen", StringComparison.OrdinalIgnoreCase, out var topic) && topic.Value is { Length: > 1 });
}
