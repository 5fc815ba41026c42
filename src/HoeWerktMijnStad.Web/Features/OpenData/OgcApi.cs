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

/// <summary>OGC API - Features Part 1 under /ogc (ADR 0025): the landing page, conformance, the OpenAPI document,
/// the collections and their items, as JSON/GeoJSON for GIS tools and as HTML for people. Items come from the map's
/// one query path (<see cref="MapFeatureQuery"/>, MapSql), so the public rule is the map's: only partners on the
/// map, no personal data.</summary>
public static partial class OgcApi
{
    public static readonly IReadOnlyList<string> ConformanceClasses =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ];

    public static IEndpointRouteBuilder MapOgcApi(this IEndpointRouteBuilder endpoints)
    {
        var ogc = endpoints.MapGroup("/ogc");
        ogc.MapGet("", Landing);
        ogc.MapGet("/conformance", Conformance);
        ogc.MapGet("/api", (HttpContext context) => Json(context, OgcLinks.OpenApi, null, [], whole: json => OgcOpenApi.Write(json, context.Request)));
        ogc.MapGet("/collections", Collections);
        ogc.MapGet("/collections/{collectionId}", Collection);
        ogc.MapGet("/collections/{collectionId}/items", ItemsAsync);
        ogc.MapGet("/collections/{collectionId}/items/{featureId}", ItemAsync);
        return endpoints;
    }

    private static IResult Landing(HttpContext context)
    {
        if (Format(context.Request) is not { } html)
        {
            return BadFormat();
        }

        var request = context.Request;
        List<OgcLink> links =
        [
            .. OgcLinks.SelfAndAlternate(request, html, OgcLinks.Json, "Deze pagina"),
            new(OgcLinks.Ogc(request, "/api"), "service-desc", OgcLinks.OpenApi, "De API beschreven in OpenAPI 3.0"),
            new($"{OgcLinks.Site(request)}/open-data", "service-doc", OgcLinks.Html, "Uitleg over de open data"),
            new(OgcLinks.Ogc(request, "/conformance"), "conformance", OgcLinks.Json, "De OGC-standaarden waaraan deze API voldoet"),
            new(OgcLinks.Ogc(request, "/collections"), "data", OgcLinks.Json, "De collecties"),
        ];
        const string Title = "Hoe Werkt Mijn Stad: open data";
        const string About = "Locaties van technische bedrijven, tijdelijke werkplekken, scholen en uitjes in de regio Amsterdam, als OGC API - Features.";
        return html
            ? (IResult)Page(context, new OgcView(Title, About, links) { Collections = OgcCollections.All })
            : Json(context, OgcLinks.Json, json =>
            {
                json.WriteString("title", Title);
                json.WriteString("description", About);
                OgcLinks.Write(json, links);
            }, links);
    }

    private static IResult Conformance(HttpContext context)
    {
        if (Format(context.Request) is not { } html)
        {
            return BadFormat();
        }

        var links = OgcLinks.SelfAndAlternate(context.Request, html, OgcLinks.Json, "Conformiteit");
        return html
            ? (IResult)Page(context, new OgcView("Conformiteit", "De delen van OGC API - Features waaraan deze API voldoet.", links) { Conformance = ConformanceClasses })
            : Json(context, OgcLinks.Json, json =>
            {
                json.WriteStartArray("conformsTo");
                foreach (var conformance in ConformanceClasses)
                {
                    json.WriteStringValue(conformance);
                }

                json.WriteEndArray();
                OgcLinks.Write(json, links);
            }, links);
    }

    private static IResult Collections(HttpContext context)
    {
        if (Format(context.Request) is not { } html)
        {
            return BadFormat();
        }

        var links = OgcLinks.SelfAndAlternate(context.Request, html, OgcLinks.Json, "Collecties");
        return html
            ? (IResult)Page(context, new OgcView("Collecties", "Alles wat deze API publiceert, per soort plek.", links) { Collections = OgcCollections.All })
            : Json(context, OgcLinks.Json, json =>
            {
                OgcLinks.Write(json, links);
                json.WriteStartArray("collections");
                foreach (var collection in OgcCollections.All)
                {
                    WriteCollection(json, context.Request, collection);
                }

                json.WriteEndArray();
            }, links);
    }

    private static IResult Collection(HttpContext context, string collectionId)
    {
        if (Format(context.Request) is not { } html)
        {
            return BadFormat();
        }

        if (OgcCollections.Find(collectionId) is not { } collection)
        {
            return NotFound($"Er is geen collectie '{collectionId}'. Zie /ogc/collections.");
        }

        var links = OgcLinks.SelfAndAlternate(context.Request, html, OgcLinks.Json, collection.Title);
        return html
            ? (IResult)Page(context, new OgcView(collection.Title, collection.Description, links) { Collections = [collection], Collection = collection })
            : Json(context, OgcLinks.Json, json => WriteCollection(json, context.Request, collection), links);
    }

    private static async Task<IResult> ItemsAsync(HttpContext context, string collectionId, MapFeatureQuery query, TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (Format(request) is not { } html)
        {
            return BadFormat();
        }

        if (OgcCollections.Find(collectionId) is not { } collection)
        {
            return NotFound($"Er is geen collectie '{collectionId}'. Zie /ogc/collections.");
        }

        var (items, errors) = OgcQuery.Parse(request.Query, collection, AmsterdamTime.Today(clock));
        if (items is null)
        {
            return Exception(StatusCodes.Status400BadRequest, "InvalidParameterValue", string.Join(" ", errors.Select(e => e.Message)));
        }

        var page = await query.RunPageAsync(items.Filter, items.Limit, items.Offset, cancellationToken);
        var links = OgcLinks.SelfAndAlternate(request, html, OgcLinks.GeoJson, $"{collection.Title}, vanaf {items.Offset + 1}");
        var type = html ? OgcLinks.Html : OgcLinks.GeoJson;
        var format = html ? "html" : "json";
        if (items.Offset + page.Features.Count < page.NumberMatched)
        {
            links.Add(new(OgcLinks.With(request, Paging(items.Offset + items.Limit, items.Limit, format)), "next", type, "Volgende pagina"));
        }

        if (items.Offset > 0)
        {
            links.Add(new(OgcLinks.With(request, Paging(Math.Max(0, items.Offset - items.Limit), items.Limit, format)), "prev", type, "Vorige pagina"));
        }

        links.Add(new(OgcLinks.Ogc(request, $"/collections/{collection.Id}"), "collection", OgcLinks.Json, collection.Title));
        if (html)
        {
            return Page(context, new OgcView(collection.Title, collection.Description, links) { Collection = collection, Items = page });
        }

        var site = OgcLinks.Site(request);
        return Json(context, OgcLinks.GeoJson, json =>
        {
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var feature in page.Features)
            {
                GeoJsonWriter.WriteFeature(json, feature, site);
            }

            json.WriteEndArray();
            json.WriteNumber("numberMatched", page.NumberMatched);
            json.WriteNumber("numberReturned", page.Features.Count);
            OgcLinks.Write(json, links);
        }, links, page.Features.Count);
    }

    private static async Task<IResult> ItemAsync(HttpContext context, string collectionId, string featureId, MapFeatureQuery query, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (Format(request) is not { } html)
        {
            return BadFormat();
        }

        if (OgcCollections.Find(collectionId) is not { } collection)
        {
            return NotFound($"Er is geen collectie '{collectionId}'. Zie /ogc/collections.");
        }

        if (request.Query.Keys.FirstOrDefault(k => k != "f") is { } unknown)
        {
            return Exception(StatusCodes.Status400BadRequest, "InvalidParameterValue", $"Onbekende parameter '{unknown}': een feature kent alleen f.");
        }

        // what the items show today, with the worksites of any period: a link to a finished worksite keeps working
        var filter = new MapFilter
        {
            Layers = collection.Layer, Date = AmsterdamTime.Today(clock), Period = new DatePeriod(null, null), WithoutPlace = true,
            FeatureId = int.TryParse(featureId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1,
        };
        var page = filter.FeatureId > 0 ? await query.RunPageAsync(filter, 1, 0, cancellationToken) : null;
        if (page is not { Features.Count: > 0 } || page.Features[0] is not { } feature)
        {
            return NotFound($"De collectie {collection.Id} heeft geen feature '{featureId}'.");
        }

        var links = OgcLinks.SelfAndAlternate(request, html, OgcLinks.GeoJson, feature.Name);
        links.Add(new(OgcLinks.Ogc(request, $"/collections/{collection.Id}"), "collection", OgcLinks.Json, collection.Title));
        links.Add(new(OgcLinks.Site(request) + feature.Url, "describedby", OgcLinks.Html, $"{feature.Name} op de site"));
        if (html)
        {
            return Page(context, new OgcView(feature.Name, collection.Title, links) { Collection = collection, Feature = feature });
        }

        var site = OgcLinks.Site(request);
        return Json(context, OgcLinks.GeoJson, null, links, 1,
            json => GeoJsonWriter.WriteFeature(json, feature, site, members => OgcLinks.Write(members, links)));
    }
}
