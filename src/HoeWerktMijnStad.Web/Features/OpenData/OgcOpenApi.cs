using System.Text.Json;
using System.Text.Json.Nodes;

namespace HoeWerktMijnStad.Web.Features.OpenData;

/// <summary>The OpenAPI 3.0 document of /ogc (conformance class oas30), written from the collection registry so
/// that a new collection or filter shows up in it by itself. The tests validate it with swagger-parser.</summary>
public static class OgcOpenApi
{
    private static readonly string[] ItemsParameters = ["collectionId", "f", "bbox", "bbox-crs", "datetime", "limit", "offset"];

    public static void Write(Utf8JsonWriter json, HttpRequest request) => Document(request).WriteTo(json);

    public static JsonObject Document(HttpRequest request)
    {
        var filters = OgcCollections.All.SelectMany(c => c.Queryables).GroupBy(q => q.Name).Select(g => g.First()).ToList();
        var parameters = new JsonObject
        {
            ["f"] = Query("f", "Het formaat van het antwoord; zonder f beslist de Accept-header.", new JsonObject { ["type"] = "string", ["enum"] = Strings("json", "html") }),
            ["bbox"] = new JsonObject
            {
                ["name"] = "bbox", ["in"] = "query", ["required"] = false, ["style"] = "form", ["explode"] = false,
                ["description"] = "Alleen features in deze rechthoek: minLon,minLat,maxLon,maxLat in WGS84 (CRS84).",
                ["schema"] = new JsonObject { ["type"] = "array", ["minItems"] = 4, ["maxItems"] = 4, ["items"] = new JsonObject { ["type"] = "number" } },
            },
            ["bbox-crs"] = Query("bbox-crs", "Het CRS van bbox; alleen CRS84.", new JsonObject { ["type"] = "string", ["format"] = "uri", ["enum"] = Strings(OgcQuery.Crs84) }),
            ["datetime"] = Query("datetime", "Een moment of een periode (RFC 3339; een open einde is '..'). Alleen voor collecties met een periode.", new JsonObject { ["type"] = "string" }),
            ["limit"] = Query("limit", "Het aantal features per pagina.", new JsonObject
            {
                ["type"] = "integer", ["minimum"] = 1, ["maximum"] = OgcQuery.MaxLimit, ["default"] = OgcQuery.DefaultLimit,
            }),
            ["offset"] = Query("offset", "Het aantal features om over te slaan.", new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["default"] = 0 }),
            ["collectionId"] = new JsonObject
            {
                ["name"] = "collectionId", ["in"] = "path", ["required"] = true, ["description"] = "De collectie.",
                ["schema"] = new JsonObject { ["type"] = "string", ["enum"] = Strings([.. OgcCollections.All.Select(c => c.Id)]) },
            },
            ["featureId"] = new JsonObject
            {
                ["name"] = "featureId", ["in"] = "path", ["required"] = true, ["description"] = "Het nummer van de feature in zijn collectie.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            },
        };
        foreach (var filter in filters)
        {
            var schema = new JsonObject { ["type"] = "string" };
            var values = OgcCollections.All.SelectMany(c => c.Queryables).Where(q => q.Name == filter.Name).SelectMany(q => q.Values).Distinct().ToArray();
            if (values.Length > 0)
            {
                schema["enum"] = Strings(values);
            }

            parameters[filter.Name] = Query(filter.Name,
                $"{filter.Description}. Voor: {string.Join(", ", OgcCollections.All.Where(c => c.Queryables.Any(q => q.Name == filter.Name)).Select(c => c.Id))}.", schema);
        }

        var itemsParameters = ItemsParameters.Concat(filters.Select(f => f.Name));
        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "Hoe Werkt Mijn Stad: open data (OGC API - Features)",
                ["version"] = "1.0.0",
                ["description"] = "Locaties van partners, tijdelijke werkplekken, scholen en uitjes voor gezinnen. Alleen partners die op de kaart staan; geen persoonsgegevens.",
                ["license"] = new JsonObject { ["name"] = "CC BY 4.0", ["url"] = "https://creativecommons.org/licenses/by/4.0/deed.nl" },
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = OgcLinks.Ogc(request) }),
            ["paths"] = new JsonObject
            {
                ["/"] = Get("landingPage", "De beginpagina met links.", [], "Links naar de API, de conformiteit en de collecties."),
                ["/conformance"] = Get("getConformance", "De conformiteitsklassen.", [], "De lijst conformsTo."),
                ["/api"] = Get("getApi", "Dit document.", [], "Het OpenAPI-document.", OgcLinks.OpenApi),
                ["/collections"] = Get("getCollections", "De collecties.", [], "De collecties met hun links."),
                ["/collections/{collectionId}"] = Get("describeCollection", "Eén collectie.", ["collectionId"], "De collectie."),
                ["/collections/{collectionId}/items"] = Get("getFeatures", "De features van een collectie, per pagina.", [.. itemsParameters],
                    "Een GeoJSON FeatureCollection met numberMatched, numberReturned en links next/prev.", OgcLinks.GeoJson),
                ["/collections/{collectionId}/items/{featureId}"] = Get("getFeature", "Eén feature.", ["collectionId", "featureId", "f"],
                    "Een GeoJSON Feature.", OgcLinks.GeoJson),
            },
            ["components"] = new JsonObject
            {
                ["parameters"] = parameters,
                ["schemas"] = new JsonObject
                {
                    ["exception"] = new JsonObject
                    {
                        ["type"] = "object", ["required"] = Strings("code"),
                        ["properties"] = new JsonObject { ["code"] = new JsonObject { ["type"] = "string" }, ["description"] = new JsonObject { ["type"] = "string" } },
                    },
                },
                ["responses"] = new JsonObject
                {
                    ["exception"] = new JsonObject
                    {
                        ["description"] = "Wat er mis is met het verzoek.",
                        ["content"] = new JsonObject { [OgcLinks.Json] = new JsonObject { ["schema"] = Ref("schemas", "exception") } },
                    },
                },
            },
        };
    }

    private static JsonObject Get(string operationId, string summary, string[] parameters, string description, string type = OgcLinks.Json) => new()
    {
        ["get"] = new JsonObject
        {
            ["operationId"] = operationId,
            ["summary"] = summary,
            ["parameters"] = new JsonArray([.. parameters.Select(p => (JsonNode)Ref("parameters", p))]),
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject
                {
                    ["description"] = description,
                    ["content"] = new JsonObject
                    {
                        [type] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } },
                        [OgcLinks.Html] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } },
                    },
                },
                ["400"] = Ref("responses", "exception"),
                ["404"] = Ref("responses", "exception"),
            },
        },
    };

    private static JsonObject Query(string name, string description, JsonObject schema) => new()
    {
        ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description, ["schema"] = schema,
    };

    private static JsonObject Ref(string kind, string name) => new() { ["$ref"] = $"#/components/{kind}/{name}" };

    private static JsonArray Strings(params string[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
