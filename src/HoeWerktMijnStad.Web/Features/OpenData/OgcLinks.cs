using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace HoeWerktMijnStad.Web.Features.OpenData;

public sealed record OgcLink(string Href, string Rel, string Type, string Title);

/// <summary>Addresses and links of the OGC API. Links are absolute (GIS clients resolve nothing against the page), on
/// the address the request came in on (the proxy's forwarded scheme and host, ADR 0018).</summary>
public static class OgcLinks
{
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string Html = "text/html";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";

    public static string Site(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Ogc(HttpRequest request, string path = "") => $"{Site(request)}/ogc{path}";

    /// <summary>This request's address with some query values changed (a null removes one).</summary>
    public static string With(HttpRequest request, IReadOnlyDictionary<string, string?> changes)
    {
        var query = request.Query.Where(p => !changes.ContainsKey(p.Key)).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()))
            .Concat(changes.Where(c => c.Value is not null));
        return QueryHelpers.AddQueryString($"{Site(request)}{request.Path}", query);
    }

    /// <summary>self and alternate: this document as JSON (or GeoJSON) and as HTML.</summary>
    public static List<OgcLink> SelfAndAlternate(HttpRequest request, bool html, string jsonType, string title)
    {
        var asJson = With(request, new Dictionary<string, string?> { ["f"] = "json" });
        var asHtml = With(request, new Dictionary<string, string?> { ["f"] = "html" });
        return html
            ? [new(asHtml, "self", Html, title), new(asJson, "alternate", jsonType, $"{title} als JSON")]
            : [new(asJson, "self", jsonType, title), new(asHtml, "alternate", Html, $"{title} als webpagina")];
    }

    public static void Write(Utf8JsonWriter json, IEnumerable<OgcLink> links)
    {
        json.WriteStartArray("links");
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("href", link.Href);
            json.WriteString("rel", link.Rel);
            json.WriteString("type", link.Type);
            json.WriteString("title", link.Title);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The same links as an HTTP Link header (RFC 8288).</summary>
    public static void AddHeader(HttpResponse response, IEnumerable<OgcLink> links) =>
        response.Headers.Link = string.Join(", ", links.Select(l => $"<{l.Href}>; rel=\"{l.Rel}\"; type=\"{l.Type}\""));
}
