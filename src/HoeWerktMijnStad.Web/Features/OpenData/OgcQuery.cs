using System.Globalization;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Features.Map;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.Extensions.Primitives;

namespace HoeWerktMijnStad.Web.Features.OpenData;

/// <summary>What an items request asks: the map filter for the collection's layer, and the page.</summary>
public sealed record OgcItemsRequest(MapFilter Filter, int Limit, int Offset);

/// <summary>Reads the OGC API's query parameters into the map's filter (OGC API - Features Part 1: bbox, datetime,
/// limit, offset, and the collection's simple property filters). Anything else is refused, as the standard asks,
/// with a message that says what is allowed.</summary>
public static class OgcQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 10_000;

    /// <summary>The only CRS of this API: WGS84 longitude, latitude.</summary>
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    private static readonly string[] Always = ["f", "limit", "offset", "bbox", "bbox-crs", "datetime"];

    public static (OgcItemsRequest? Request, IReadOnlyList<FilterError> Errors) Parse(
        IEnumerable<KeyValuePair<string, StringValues>> query, OgcCollection collection, DateOnly today)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value.LastOrDefault()?.Trim(), StringComparer.Ordinal);
        var errors = new List<FilterError>();
        var allowed = Always.Concat(collection.Queryables.Select(q => q.Name)).ToList();
        foreach (var name in values.Keys.Where(k => !allowed.Contains(k)))
        {
            errors.Add(new(name, $"Onbekende parameter '{name}' voor de collectie {collection.Id}. Toegestaan: {string.Join(", ", allowed)}."));
        }

        var limit = Count(Get(values, "limit"), "limit", DefaultLimit, 1, MaxLimit, errors);
        var offset = Count(Get(values, "offset"), "offset", 0, 0, int.MaxValue, errors);
        if (Get(values, "bbox-crs") is { } crs && crs != Crs84)
        {
            errors.Add(new("bbox-crs", $"bbox-crs kent alleen {Crs84} (lengtegraad, breedtegraad in WGS84)."));
        }

        var bbox = MapFilterParser.ParseBbox(Get(values, "bbox"), errors);
        var period = Get(values, "datetime") is { } datetime ? ParseDatetime(datetime, collection, errors) : null;
        var filter = new MapFilter
        {
            Layers = collection.Layer,
            WithoutPlace = true,
            Bbox = bbox,
            Date = today,
            Period = period,
            Theme = MapFilterParser.ParseEnum(Get(values, "theme"), "theme", UrlValues.Themes, errors),
            Level = MapFilterParser.ParseEnum(Get(values, "level"), "level", UrlValues.Levels, errors),
            SiteKind = collection.Layer == MapLayers.Sites ? MapFilterParser.ParseEnum(Get(values, "type"), "type", UrlValues.SiteKinds, errors) : null,
            SchoolType = collection.Layer == MapLayers.Schools ? MapFilterParser.ParseEnum(Get(values, "type"), "type", UrlValues.SchoolTypes, errors) : null,
            Partner = Get(values, "partner"),
        };
        return errors.Count > 0 ? (null, errors) : (new OgcItemsRequest(filter, limit, offset), errors);
    }

    private static string? Get(Dictionary<string, string?> values, string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    private static int Count(string? text, string name, int fallback, int min, int max, List<FilterError> errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(new(name, max == int.MaxValue
            ? $"{name} is een heel getal van {min} of meer."
            : $"{name} is een heel getal van {min} tot en met {max}."));
        return fallback;
    }

    /// <summary>An instant (a date or a date-time) or an interval of two, either end open ("..", or empty).
    /// Worksites run whole days, so instants count by their day in Europe/Amsterdam.</summary>
    private static DatePeriod? ParseDatetime(string text, OgcCollection collection, List<FilterError> errors)
    {
        if (!collection.Temporal)
        {
            errors.Add(new("datetime", $"De collectie {collection.Id} heeft geen tijd: laat datetime weg."));
            return null;
        }

        const string Expected = "datetime is een moment of een periode volgens RFC 3339: 2026-06-15, 2026-06-15T09:00:00Z, 2026-06-01/2026-06-30, ../2026-06-30 of 2026-06-01/..";
        var parts = text.Split('/');
        if (parts.Length > 2)
        {
            errors.Add(new("datetime", Expected));
            return null;
        }

        var ends = new DateOnly?[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts.Length == 2 && parts[i] is "" or "..")
            {
                continue;
            }

            if (!TryDay(parts[i], out var day))
            {
                errors.Add(new("datetime", Expected));
                return null;
            }

            ends[i] = day;
        }

        if (parts.Length == 1)
        {
            return new DatePeriod(ends[0], ends[0]);
        }

        if (ends[0] is null && ends[1] is null)
        {
            errors.Add(new("datetime", "datetime heeft ten minste één begin of einde nodig; ../.. is niet toegestaan."));
            return null;
        }

        if (ends[0] > ends[1])
        {
            errors.Add(new("datetime", "Het begin van datetime ligt na het einde."));
            return null;
        }

        return new DatePeriod(ends[0], ends[1]);
    }

    private static bool TryDay(string text, out DateOnly day)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return true;
        }

        if (text.Contains('T', StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            && (text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.OrdinalIgnoreCase)))
        {
            day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, AmsterdamTime.Zone).DateTime);
            return true;
        }

        return false;
    }
}
