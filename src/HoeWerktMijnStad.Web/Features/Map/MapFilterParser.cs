using System.Globalization;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using Microsoft.Extensions.Primitives;

namespace HoeWerktMijnStad.Web.Features.Map;

/// <summary>Reads a <see cref="MapFilter"/> from a query string, naming every parameter that is off and what
/// it allows. Empty values count as "not given", so a plain GET form with blank selects just works.</summary>
public static class MapFilterParser
{
    public static readonly IReadOnlyDictionary<string, MapLayers> LayerNames = new Dictionary<string, MapLayers>(StringComparer.OrdinalIgnoreCase)
    {
        ["sites"] = MapLayers.Sites,
        ["worksites"] = MapLayers.Worksites,
        ["schools"] = MapLayers.Schools,
        ["trips"] = MapLayers.Trips,
        ["events"] = MapLayers.Events,
    };

    public static (MapFilter Filter, IReadOnlyList<FilterError> Errors) Parse(
        IEnumerable<KeyValuePair<string, StringValues>> query, DateOnly today)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var errors = new List<FilterError>();
        var filter = new MapFilter
        {
            Layers = ParseLayers(Get(values, "layer"), errors),
            Bbox = ParseBbox(Single(values, "bbox"), errors),
            Theme = ParseEnum(Single(values, "theme"), "theme", UrlValues.Themes, errors),
            Activity = ParseEnum(Single(values, "activity"), "activity", UrlValues.ActivityTypes, errors),
            Level = ParseEnum(Single(values, "level"), "level", UrlValues.Levels, errors),
            Kind = ParseEnum(Single(values, "kind"), "kind", UrlValues.PartnerKinds, errors),
            Near = ParseNear(Single(values, "near"), errors),
            RadiusMeters = ParseRadius(Single(values, "radius"), errors),
            Date = ParseDate(Single(values, "date"), today, errors),
            SchoolId = ParseSchool(Single(values, "school"), errors),
        };
        return (filter, errors);
    }

    private static IEnumerable<string> Get(Dictionary<string, StringValues> values, string name) =>
        values.TryGetValue(name, out var v)
            ? v.SelectMany(s => (s ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            : [];

    private static string? Single(Dictionary<string, StringValues> values, string name) =>
        values.TryGetValue(name, out var v) ? v.LastOrDefault(s => !string.IsNullOrWhiteSpace(s))?.Trim() : null;

    private static MapLayers ParseLayers(IEnumerable<string> names, List<FilterError> errors)
    {
        var layers = MapLayers.None;
        foreach (var name in names)
        {
            if (LayerNames.TryGetValue(name, out var layer))
            {
                layers |= layer;
            }
            else
            {
                errors.Add(new("layer", $"Onbekende laag '{name}' in layer. Toegestaan: {string.Join(", ", LayerNames.Keys)}."));
            }
        }

        return layers == MapLayers.None ? MapFilter.DefaultLayers : layers;
    }

    internal static BoundingBox? ParseBbox(string? text, List<FilterError> errors)
    {
        if (text is null)
        {
            return null;
        }

        const string Expected = "bbox heeft vier getallen nodig: minLon,minLat,maxLon,maxLat (graden, WGS84).";
        var parts = text.Split(',');
        if (parts.Length != 4 || !parts.All(p => TryNumber(p, out _)))
        {
            errors.Add(new("bbox", Expected));
            return null;
        }

        var n = parts.Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        if (!IsLongitude(n[0]) || !IsLongitude(n[2]) || !IsLatitude(n[1]) || !IsLatitude(n[3]))
        {
            errors.Add(new("bbox", "bbox valt buiten de wereld: lengtegraad -180 tot 180, breedtegraad -90 tot 90."));
            return null;
        }

        if (n[0] >= n[2] || n[1] >= n[3])
        {
            errors.Add(new("bbox", "bbox moet eerst de kleinste en dan de grootste waarden hebben: minLon < maxLon en minLat < maxLat (een bbox over de 180e lengtegraad wordt niet ondersteund)."));
            return null;
        }

        // a wider box has no single way round the globe; a map view of this site is never that wide
        if (n[2] - n[0] >= 180)
        {
            errors.Add(new("bbox", "bbox is te breed: het verschil tussen minLon en maxLon moet kleiner zijn dan 180 graden."));
            return null;
        }

        return new BoundingBox(n[0], n[1], n[2], n[3]);
    }

    internal static T? ParseEnum<T>(string? text, string parameter, IReadOnlyDictionary<string, T> allowed, List<FilterError> errors)
        where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (allowed.TryGetValue(text, out var value))
        {
            return value;
        }

        errors.Add(new(parameter, $"Onbekende waarde '{text}' voor {parameter}. Toegestaan: {string.Join(", ", allowed.Keys)}."));
        return null;
    }

    private static GeoPoint? ParseNear(string? text, List<FilterError> errors)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(',');
        if (parts.Length != 2 || !TryNumber(parts[0], out var lon) || !TryNumber(parts[1], out var lat))
        {
            errors.Add(new("near", "near heeft twee getallen nodig: lengtegraad,breedtegraad (bijvoorbeeld 4.9041,52.3676)."));
            return null;
        }

        if (!IsLongitude(lon) || !IsLatitude(lat))
        {
            errors.Add(new("near", "near valt buiten de wereld: lengtegraad -180 tot 180, breedtegraad -90 tot 90."));
            return null;
        }

        return new GeoPoint(lon, lat);
    }

    private static int ParseRadius(string? text, List<FilterError> errors)
    {
        if (text is null)
        {
            return MapFilter.DefaultRadiusMeters;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var radius) || radius < 1 || radius > MapFilter.MaxRadiusMeters)
        {
            errors.Add(new("radius", $"radius is een afstand in hele meters van 1 tot en met {MapFilter.MaxRadiusMeters}."));
            return MapFilter.DefaultRadiusMeters;
        }

        return radius;
    }

    private static DateOnly ParseDate(string? text, DateOnly today, List<FilterError> errors)
    {
        if (text is null)
        {
            return today;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new("date", "date is een datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-15."));
        return today;
    }

    private static int? ParseSchool(string? text, List<FilterError> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        errors.Add(new("school", "school is het nummer van een school uit de lijst."));
        return null;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static bool IsLongitude(double value) => value is >= -180 and <= 180;

    private static bool IsLatitude(double value) => value is >= -90 and <= 90;
}
