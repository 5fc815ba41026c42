using System.Buffers;
using System.Globalization;
using System.Text.Json;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.Map;

/// <summary>Writes map features as an RFC 7946 FeatureCollection. Coordinates keep 6 decimals (about 0.1 m).</summary>
public static class GeoJsonWriter
{
    public const string ContentType = "application/geo+json";

    /// <summary>A size to start a buffer with that holds most answers without growing.</summary>
    public static int EstimatedSize(MapResult result) => 256 + (result.Features.Count * 400);

    public static byte[] Write(MapResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(EstimatedSize(result));
        Write(result, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(MapResult result, IBufferWriter<byte> output)
    {
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var feature in result.Features)
            {
                WriteFeature(json, feature);
            }

            json.WriteEndArray();

            // foreign members (RFC 7946 §6.1): tell the client when the answer was cut at the bound
            json.WriteBoolean("truncated", result.Truncated);
            json.WriteNumber("limit", result.Limit);
            json.WriteEndObject();
        }
    }

    /// <summary>One feature. With a <paramref name="siteAddress"/> (the OGC API) the id is the place's own number,
    /// stable within its collection, and the page link is absolute; the map API's ids name the layer too.</summary>
    public static void WriteFeature(Utf8JsonWriter json, MapFeature feature, string? siteAddress = null, Action<Utf8JsonWriter>? members = null)
    {
        var layer = LayerName(feature.Layer);
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        if (siteAddress is null)
        {
            json.WriteString("id", $"{layer}-{feature.Id}");
        }
        else
        {
            json.WriteNumber("id", feature.Id);
        }

        json.WritePropertyName("geometry");
        WriteGeometry(json, feature.Geometry);
        json.WriteStartObject("properties");
        json.WriteNumber("id", feature.Id);
        json.WriteString("layer", layer);
        json.WriteString("name", feature.Name);
        json.WriteString("kind", feature.Kind);
        json.WriteString("kindLabel", feature.KindLabel);
        if (feature.Partner is not null)
        {
            json.WriteString("partner", feature.Partner);
            json.WriteString("partnerSlug", feature.PartnerSlug);
        }

        json.WriteStartArray("themes");
        foreach (var theme in feature.Themes)
        {
            json.WriteStringValue(UrlValues.Of(theme));
        }

        json.WriteEndArray();
        json.WriteString("city", feature.City);
        json.WriteString("url", siteAddress + feature.Url);
        if (feature.Start is { } start && feature.End is { } end)
        {
            json.WriteString("start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("end", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (feature.DistanceMeters is { } distance)
        {
            json.WriteNumber("distance_m", Math.Round(distance, 1));
        }

        if (feature.Geometry is not Point && feature.Location is not null)
        {
            json.WriteStartArray("marker");
            WritePosition(json, feature.Location!.Coordinate);
            json.WriteEndArray();
        }

        json.WriteEndObject();
        members?.Invoke(json);
        json.WriteEndObject();
    }

    public static string LayerName(MapLayers layer) => layer switch
    {
        MapLayers.Sites => "sites",
        MapLayers.Worksites => "worksites",
        MapLayers.Schools => "schools",
        MapLayers.Trips => "trips",
        MapLayers.Events => "events",
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "A feature belongs to exactly one layer."),
    };

    private static void WriteGeometry(Utf8JsonWriter json, Geometry? geometry)
    {
        if (geometry is null)
        {
            // an online event has no place: RFC 7946 §3.2 allows a null geometry
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        switch (geometry)
        {
            case Point point:
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                WritePosition(json, point.Coordinate);
                json.WriteEndArray();
                break;
            case Polygon polygon:
                json.WriteString("type", "Polygon");
                json.WriteStartArray("coordinates");
                WriteRing(json, polygon.ExteriorRing);
                foreach (var hole in polygon.InteriorRings)
                {
                    WriteRing(json, hole);
                }

                json.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"The map shows points and polygons, not {geometry.GeometryType}.");
        }

        json.WriteEndObject();
    }

    private static void WriteRing(Utf8JsonWriter json, LineString ring)
    {
        json.WriteStartArray();
        foreach (var coordinate in ring.Coordinates)
        {
            json.WriteStartArray();
            WritePosition(json, coordinate);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter json, Coordinate coordinate)
    {
        json.WriteNumberValue(Math.Round(coordinate.X, 6));
        json.WriteNumberValue(Math.Round(coordinate.Y, 6));
    }
}
