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
        // the embeds (issue 18 §1) are made to be framed by the partners' own websites, whatever their address:
        // there and only there any site may frame this one
        var embedPolicy = policy.Replace("frame-ancestors 'none'", "frame-ancestors *", StringComparison.Ordinal);

        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            var embed = IsEmbed(context.Request.Path);
            headers.ContentSecurityPolicy = embed ? embedPolicy : MayEmbedVideos(context.Request.Path) ? videoPolicy : policy;
            if (embed)
            {
                // antiforgery adds X-Frame-Options: SAMEORIGIN and its cookie when a page renders: the first would undo
                // frame-ancestors *, the second follows visitors of partners' sites. Embeds have no form and set no cookie.
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.Remove("X-Frame-Options");
                    context.Response.Headers.Remove("Set-Cookie");
                    return Task.CompletedTask;
                });
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
            await next(context);
        });
    }

    /// <summary>The embeds for partners' own websites: /insluiten and below.</summary>
    public static bool IsEmbed(PathString path) => path.StartsWithSegments("/insluiten", StringComparison.OrdinalIgnoreCase);

    /// <summary>The pages that show YouTube videos: one tour (/leren/rondleidingen/{slug}, not the list of
    /// tours), the family corner's video page and its conversation topics, and the family video editor's preview.</summary>
    public static bool MayEmbedVideos(PathString path) =>
        (path.StartsWithSegments("/leren/rondleidingen", StringComparison.OrdinalIgnoreCase, out var rest) && rest.Value is { Length: > 1 })
        || path.StartsWithSegments("/techniek-is-een-feest/videos", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/beheer/leren/videos", StringComparison.OrdinalIgnoreCase)
        || (path.StartsWithSegments("/techniek-is-een-feest/gespreksonderwerpen", StringComparison.OrdinalIgnoreCase, out var topic) && topic.Value is { Length: > 1 });
}
