using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;

namespace HoeWerktMijnStad.Web.Infrastructure.Flash;

/// <summary>Whether a flash message reports what was done, or why something was not.</summary>
public enum FlashKind
{
    Success,
    Notice,
}

/// <summary>A message for the next page, by key: <typeparamref name="TText"/>'s resources hold the words, the
/// arguments fill its placeholders. Written as a short-lived, data-protected cookie just before a redirect and shown
/// once by the layout (ADR 0023). Nothing of it travels in the address, so no link can make the site say words of
/// its own.</summary>
public sealed class FlashMessages(IHttpContextAccessor accessor, IDataProtectionProvider protection)
{
    internal const string CookieName = "hwms_flash";
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private const string Purpose = "HoeWerktMijnStad.Flash.v1";
    private static readonly object PendingKey = new();

    /// <summary>Whether a message waits for this visitor (the page must then be rendered for them, not from a cache).</summary>
    public static bool IsWaiting(HttpRequest request) => request.Cookies.ContainsKey(CookieName);

    public void Success<TText>(string key, params object[] arguments) => Write(typeof(TText), key, arguments, FlashKind.Success);

    public void Notice<TText>(string key, params object[] arguments) => Write(typeof(TText), key, arguments, FlashKind.Notice);

    /// <summary>Says what a feature class's change did on the next page: <paramref name="doneKey"/> with its
    /// arguments when it was done, else the first reason it was refused (its code is a key of the same resources).</summary>
    public void Tell<TText>(IReadOnlyList<Outcomes.FieldError> refusals, string doneKey, params object?[] arguments)
    {
        if (refusals.Count == 0)
        {
            Success<TText>(doneKey, [.. arguments.OfType<object>()]);
        }
        else
        {
            Notice<TText>(refusals[0].Code, refusals[0].Arguments);
        }
    }

    private void Write(Type text, string key, object[] arguments, FlashKind kind)
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("A flash message needs the request that redirects.");
        // a second message in the same request is said after the first (the last cookie written wins)
        var earlier = context.Items[PendingKey] as StoredFlash;
        var part = new StoredPart(text.FullName!, key, [.. arguments.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.CurrentCulture) ?? "")]);
        var stored = new StoredFlash(earlier?.Kind == FlashKind.Notice ? FlashKind.Notice : kind, [.. earlier?.Parts ?? [], part]);
        context.Items[PendingKey] = stored;
        var sealedText = Protector(protection).Protect(JsonSerializer.Serialize(stored), Lifetime);
        context.Response.Cookies.Append(CookieName, sealedText, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
            MaxAge = Lifetime,
        });
    }

    /// <summary>Takes the waiting message off a page request: it is shown on this page and never again.</summary>
    internal static StoredFlash? Take(HttpContext context, IDataProtectionProvider protection)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var sealedText))
        {
            return null;
        }

        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/", Secure = context.Request.IsHttps, HttpOnly = true, SameSite = SameSiteMode.Lax });
        try
        {
            return JsonSerializer.Deserialize<StoredFlash>(Protector(protection).Unprotect(sealedText, out _));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            // expired, from another key ring or tampered with: there is nothing to say
            return null;
        }
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    internal sealed record StoredFlash(FlashKind Kind, StoredPart[] Parts);

    /// <summary>One sentence: the resource type that holds it, its key and its arguments.</summary>
    internal sealed record StoredPart(string Text, string Key, string[] Arguments);
}

/// <summary>A flash message in the words of the current language, ready for the layout.</summary>
public sealed record FlashNotice(IReadOnlyList<string> Sentences, FlashKind Kind);

public static class FlashSetup
{
    private static readonly object ItemKey = new();

    public static WebApplicationBuilder AddHwmsFlash(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<FlashMessages>();
        return builder;
    }

    /// <summary>A page request (a GET of a Razor component) takes the waiting message, so a stylesheet, an image or
    /// an API call in between never swallows it.</summary>
    public static WebApplication UseHwmsFlash(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method)
                && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null
                && FlashMessages.Take(context, context.RequestServices.GetRequiredService<IDataProtectionProvider>()) is { } flash)
            {
                context.Items[ItemKey] = flash;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>The message this page shows, if one was waiting; its words come from the features' resources.</summary>
    public static FlashNotice? Notice(HttpContext? context)
    {
        if (context?.Items[ItemKey] is not FlashMessages.StoredFlash flash)
        {
            return null;
        }

        var factory = context.RequestServices.GetRequiredService<IStringLocalizerFactory>();
        var sentences = new List<string>();
        foreach (var part in flash.Parts ?? [])
        {
            if (typeof(FlashSetup).Assembly.GetType(part.Text) is { Namespace: { } space } text
                && space.StartsWith("HoeWerktMijnStad.Web.", StringComparison.Ordinal)
                && factory.Create(text)[part.Key, part.Arguments] is { ResourceNotFound: false } sentence)
            {
                sentences.Add(sentence.Value);
            }
        }

        return sentences.Count == 0 ? null : new FlashNotice(sentences, flash.Kind);
    }
}
