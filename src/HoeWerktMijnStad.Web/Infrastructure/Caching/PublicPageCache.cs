using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace HoeWerktMijnStad.Web.Infrastructure.Caching;

/// <summary>Output caching of the public pages for anonymous visitors (issue 22 §4, ADR 0033): the map, the
/// activities, a partner page and the map API. Varied by the whole query string and the culture; evicted on every
/// node as soon as the data they show changes (<see cref="PublicDataChanges"/>), and at the latest after a minute
/// (what "today" means moves on). Never for a signed-in user, never for an answer that sets a cookie, never when a
/// flash message waits for the visitor.</summary>
public static class PublicPageCache
{
    /// <summary>The policy a page names with <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c> or an endpoint
    /// with <c>.CacheOutput(PublicPageCache.Policy)</c>.</summary>
    public const string Policy = "PublicPage";

    /// <summary>The tag every cached public answer carries; evicting it empties the cache of this node.</summary>
    public const string Tag = "public-data";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddHwmsOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, new PublicPagePolicy());
            // the pages are 20-200 KB; 64 MB holds the busy ones (the default is 100 MB)
            options.SizeLimit = 64 * 1024 * 1024;
        });
        builder.Services.AddHostedService<PublicDataChanges>();
        builder.Services.AddSingleton<PublicDataWrites>();
        PublicPageAntiforgery.Decorate(builder.Services);
        return builder;
    }

    private sealed class PublicPagePolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var request = http.Request;
            var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && http.User.Identity?.IsAuthenticated != true
                && !request.Headers.ContainsKey(HeaderNames.Authorization)
                && !Flash.FlashMessages.IsWaiting(request);

            if (cacheable)
            {
                PublicPageAntiforgery.MarkRenderingForCache(http);
            }

            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
            context.ResponseExpirationTimeSpan = Lifetime;
            context.Tags.Add(Tag);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            // an answer that sets a cookie (antiforgery, sign-in, flash) belongs to one visitor; an error page is not kept
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
