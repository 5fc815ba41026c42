using System.Globalization;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using Microsoft.AspNetCore.WebUtilities;

namespace HoeWerktMijnStad.Web.Features.Map;

/// <summary>Writes a filter back into a URL, the inverse of <see cref="MapFilterParser"/>.</summary>
public static class MapUrls
{
    /// <summary>The map API address for a filter: the map module fetches exactly what the list shows.</summary>
    public static string Api(MapFilter filter) => QueryHelpers.AddQueryString("/api/map/features", Parameters(filter));

    /// <summary>The map page for a filter (the school stays a school, not a point).</summary>
    public static string Page(MapFilter filter) => QueryHelpers.AddQueryString("/kaart", Parameters(filter, keepSchool: true));

    private static IEnumerable<KeyValuePair<string, string?>> Parameters(MapFilter filter, bool keepSchool = false)
    {
        var layers = Enum.GetValues<MapLayers>().Where(l => l != MapLayers.None && filter.Shows(l)).Select(GeoJsonWriter.LayerName);
        var near = keepSchool && filter.SchoolId is not null ? null : filter.Near;
        var parameters = new Dictionary<string, string?>
        {
            ["layer"] = string.Join(',', layers),
            ["theme"] = filter.Theme is { } t ? UrlValues.Of(t) : null,
            ["activity"] = filter.Activity is { } a ? UrlValues.Of(a) : null,
            ["level"] = filter.Level is { } l ? UrlValues.Of(l) : null,
            ["kind"] = filter.Kind is { } k ? UrlValues.Of(k) : null,
            ["school"] = keepSchool && filter.SchoolId is { } s ? s.ToString(CultureInfo.InvariantCulture) : null,
            ["near"] = near is { } n ? Point(n) : null,
            ["radius"] = filter.Near is not null ? filter.RadiusMeters.ToString(CultureInfo.InvariantCulture) : null,
            ["date"] = filter.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return parameters.Where(p => p.Value is not null);
    }

    public static string Point(GeoPoint point) => FormattableString.Invariant($"{point.Longitude:0.######},{point.Latitude:0.######}");
}
