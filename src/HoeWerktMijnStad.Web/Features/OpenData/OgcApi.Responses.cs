using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using HoeWerktMijnStad.Web.Features.Map;
using HoeWerktMijnStad.Web.Infrastructure.Buffers;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace HoeWerktMijnStad.Web.Features.OpenData;

/// <summary>How the OGC API answers: JSON and GeoJSON written once into a pooled buffer, the HTML page, paging
/// links, and OGC exceptions.</summary>
public static partial class OgcApi
{
    private static void WriteCollection(Utf8JsonWriter json, HttpRequest request, OgcCollection collection)
    {
        json.WriteStartObject();
        json.WriteString("id", collection.Id);
        json.WriteString("title", collection.Title);
        json.WriteString("description", collection.Description);
        json.WriteString("itemType", "feature");
        json.WriteStartArray("crs");
        json.WriteStringValue(OgcQuery.Crs84);
        json.WriteEndArray();
        json.WriteStartObject("extent");
        json.WriteStartObject("spatial");
        json.WriteStartArray("bbox");
        json.WriteStartArray();
        foreach (var value in Extent)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteString("crs", OgcQuery.Crs84);
        json.WriteEndObject();
        json.WriteEndObject();
        var items = OgcLinks.Ogc(request, $"/collections/{collection.Id}/items");
        OgcLinks.Write(json,
        [
            new(OgcLinks.Ogc(request, $"/collections/{collection.Id}?f=json"), "self", OgcLinks.Json, collection.Title),
            new(OgcLinks.Ogc(request, $"/collections/{collection.Id}?f=html"), "alternate", OgcLinks.Html, $"{collection.Title} als webpagina"),
            new($"{items}?f=json", "items", OgcLinks.GeoJson, $"{collection.Title} als GeoJSON"),
            new($"{items}?f=html", "items", OgcLinks.Html, $"{collection.Title} als webpagina"),
        ]);
        json.WriteEndObject();
    }

    /// <summary>The region the data lies in (the Metropoolregio Amsterdam and around), in CRS84.</summary>
    private static readonly double[] Extent = [4.2, 52.0, 5.6, 52.8];

    private static Dictionary<string, string?> Paging(int offset, int limit, string format) => new()
    {
        ["offset"] = offset.ToString(CultureInfo.InvariantCulture),
        ["limit"] = limit.ToString(CultureInfo.InvariantCulture),
        ["f"] = format,
    };

    /// <summary>f=json or f=html decides; without it, a browser (Accept with text/html) gets HTML and anyone else
    /// JSON. Null for an f that is neither.</summary>
    private static bool? Format(HttpRequest request)
    {
        var f = request.Query["f"].LastOrDefault();
        if (!string.IsNullOrEmpty(f))
        {
            return f switch { "json" => false, "html" => true, _ => null };
        }

        return request.GetTypedHeaders().Accept is { Count: > 0 } accept
            && accept.Any(a => a.MediaType.Equals(OgcLinks.Html, StringComparison.OrdinalIgnoreCase))
            && !accept.Any(a => a.MediaType.Value is { } type && type.Contains("json", StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) >= 1);
    }

    private static IResult BadFormat() => Exception(StatusCodes.Status400BadRequest, "InvalidParameterValue", "f is json of html.");

    private static IResult NotFound(string description) => Exception(StatusCodes.Status404NotFound, "NotFound", description);

    /// <summary>The OGC API's exception document (the OpenAPI building block exception.yaml).</summary>
    private static IResult Exception(int status, string code, string description) =>
        Results.Json(new { code, description }, statusCode: status, contentType: OgcLinks.Json);

    private static RazorComponentResult<OgcPage> Page(HttpContext context, OgcView view)
    {
        OgcLinks.AddHeader(context.Response, view.Links);
        return new RazorComponentResult<OgcPage>(new Dictionary<string, object?> { [nameof(OgcPage.View)] = view });
    }

    /// <summary>A JSON object written into a pooled buffer, with a strong ETag (304 when it matches), Link headers and
    /// a minute of caching, as the map API.</summary>
    private static BufferedJson Json(HttpContext context, string contentType, Action<Utf8JsonWriter>? members, IEnumerable<OgcLink> links, int features = 0,
        Action<Utf8JsonWriter>? whole = null)
    {
        var body = new PooledBufferWriter(1024 + (features * 400));
        using (var json = new Utf8JsonWriter((IBufferWriter<byte>)body))
        {
            if (whole is not null)
            {
                whole(json);
            }
            else
            {
                json.WriteStartObject();
                members?.Invoke(json);
                json.WriteEndObject();
            }
        }

        return new BufferedJson(body, contentType, links.ToList());
    }

    private sealed class BufferedJson(PooledBufferWriter body, string contentType, List<OgcLink> links) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            using (body)
            {
                var response = context.Response;
                var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(body.WrittenSpan), 0, 16)}\"");
                var headers = response.GetTypedHeaders();
                headers.ETag = etag;
                headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(60) };
                if (links.Count > 0)
                {
                    OgcLinks.AddHeader(response, links);
                }

                if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }

                response.ContentType = contentType;
                response.ContentLength = body.WrittenMemory.Length;
                await response.Body.WriteAsync(body.WrittenMemory, context.RequestAborted);
            }
        }
    }
}
