using System.Globalization;
using HoeWerktMijnStad.Data.Embeds;

namespace HoeWerktMijnStad.Web.Features.Embeds;

/// <summary>The embeds' addresses, and the code a partner pastes into its own site.</summary>
public static class EmbedLinks
{
    public const string Root = "/insluiten";

    /// <summary>The optional script for the host page: it sets each embed's height from the embed's postMessage.</summary>
    public const string ResizeScript = Root + "/resize.js";

    public static string Card(string slug) => $"{Root}/partners/{Uri.EscapeDataString(slug)}";

    public static string Offer(string slug) => $"{Root}/partners/{Uri.EscapeDataString(slug)}/aanbod";

    public const string Map = Root + "/kaart";

    /// <summary>A link out of an embed: counted as a click, then on to the site's page (opened in a new tab).</summary>
    public static string Out(EmbedKind kind, int? partnerId, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{Root}/naar?soort={kind.ToString().ToLowerInvariant()}&partner={partnerId}&pad={Uri.EscapeDataString(path)}");

    /// <summary>The iframe and the optional resize script, with absolute addresses on the site.</summary>
    public static string Snippet(string site, string path, string title, int height) =>
        $"<iframe src=\"{site}{path}\" title=\"{System.Net.WebUtility.HtmlEncode(title)}\" width=\"100%\" height=\"{height}\" style=\"border:0;max-width:100%\" loading=\"lazy\" data-hwms-embed></iframe>\n"
        + $"<script src=\"{site}{ResizeScript}\" async></script>";
}
