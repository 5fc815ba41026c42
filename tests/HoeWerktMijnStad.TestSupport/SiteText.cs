using System.Globalization;
using System.Resources;

namespace HoeWerktMijnStad.TestSupport;

/// <summary>A text as the site says it, read from the feature's resources (<typeparamref name="TText"/>.resx), so a
/// test asserts what a visitor reads without copying the sentence.</summary>
public static class SiteText
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>A refusal as the visitor reads it; null when there was none.</summary>
    public static string? Say<TText>(HoeWerktMijnStad.Web.Infrastructure.Outcomes.FieldError? error, CultureInfo? culture = null) =>
        error is null ? null : Of(error.Source ?? typeof(TText), error.Code, culture, error.Arguments);

    public static string Of<TText>(string key, CultureInfo? culture = null, params object[] arguments) =>
        Of(typeof(TText), key, culture, arguments);

    private static string Of(Type resources, string key, CultureInfo? culture, object[] arguments)
    {
        var text = new ResourceManager(resources.FullName!, resources.Assembly).GetString(key, culture ?? Dutch)
            ?? throw new KeyNotFoundException($"{resources.Name} has no text {key}.");
        return arguments.Length == 0 ? text : string.Format(culture ?? Dutch, text, arguments);
    }
}
