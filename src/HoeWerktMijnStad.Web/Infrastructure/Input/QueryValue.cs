using System.Globalization;

namespace HoeWerktMijnStad.Web.Infrastructure.Input;

/// <summary>Reads typed values out of query-string text. Pages bind every <c>[SupplyParameterFromQuery]</c>
/// as <c>string?</c> and parse it here: Blazor's own typed binding throws on <c>?id=abc</c> (a 500 before the
/// page runs), whereas a value that does not parse is simply ignored, as if it was not given (ADR 0022).
/// A test checks that no page binds a query value as anything but text.</summary>
public static class QueryValue
{
    /// <summary>A whole number, or null when absent, not a number or out of range.</summary>
    public static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A whole number (64-bit), or null when absent, not a number or out of range.</summary>
    public static long? LargeNumber(string? text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>True only for "true" (any case), as the site's own links write it; anything else is false.</summary>
    public static bool Flag(string? text) =>
        bool.TryParse(text, out var value) && value;
}
