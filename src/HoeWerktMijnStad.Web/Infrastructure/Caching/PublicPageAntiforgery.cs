using Microsoft.AspNetCore.Antiforgery;

namespace HoeWerktMijnStad.Web.Infrastructure.Caching;

/// <summary>A page kept for every anonymous visitor must hold nothing of one visitor. Blazor writes an antiforgery
/// request token into every page it renders (its persisted component state) and sets the matching cookie; kept
/// and served to others, that token would let a third party post as the visitor it was made for. The public pages
/// have no form that posts, so while one is rendered for the cache this hands out no tokens and sets no cookie;
/// every other request gets the framework's own antiforgery untouched (ADR 0033).</summary>
internal sealed class PublicPageAntiforgery(IAntiforgery inner, AntiforgeryOptions options) : IAntiforgery
{
    private static readonly object RenderingForCacheKey = new();

    public static void MarkRenderingForCache(HttpContext context) => context.Items[RenderingForCacheKey] = true;

    private static bool IsRenderingForCache(HttpContext context) => context.Items.ContainsKey(RenderingForCacheKey);

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsRenderingForCache(httpContext) ? Empty() : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        IsRenderingForCache(httpContext) ? Empty() : inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext)
    {
        if (!IsRenderingForCache(httpContext))
        {
            inner.SetCookieTokenAndHeader(httpContext);
        }
    }

    private AntiforgeryTokenSet Empty() => new(null, null, options.FormFieldName, options.HeaderName);

    /// <summary>Wraps the framework's antiforgery, registered here first so the framework's own later registration
    /// (a TryAdd) finds it taken.</summary>
    public static void Decorate(IServiceCollection services)
    {
        services.AddAntiforgery();
        var original = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(original);
        services.AddSingleton<IAntiforgery>(provider => new PublicPageAntiforgery(
            (IAntiforgery)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AntiforgeryOptions>>().Value));
    }
}
