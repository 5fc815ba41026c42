using HoeWerktMijnStad.Data.Catalogue;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>A permanent place of a demo partner; coordinates are WGS84, longitude first (like <see cref="Point"/>).</summary>
internal sealed record SiteRow(string Name, SiteKind Kind, string Address, string City, double Lon, double Lat);

/// <summary>One demo partner. <paramref name="Themes"/> and <paramref name="Levels"/> are letter codes (see
/// <see cref="DemoCodes"/>); <paramref name="Highlights"/> are the "Wat je bij ons ziet" items, separated by '|';
/// <paramref name="Topic"/> is a short noun phrase used in generated activity titles ("alles over {Topic}").</summary>
internal sealed record PartnerRow(
    string Slug,
    string Name,
    PartnerKind Kind,
    string Themes,
    string Levels,
    string Topic,
    string Pitch,
    string Intro,
    string Highlights,
    IReadOnlyList<SiteRow> Sites);

/// <summary>One demo worksite; the dates are day offsets from today (negative is in the past). An
/// <paramref name="AreaMeters"/> above zero gives the worksite an area of about that length.</summary>
internal sealed record WorksiteRow(
    string PartnerSlug,
    string Title,
    string Address,
    string City,
    double Lon,
    double Lat,
    int StartOffset,
    int EndOffset,
    string Levels,
    int MaxGroupSize,
    DemoSafety Safety,
    int AreaMeters,
    string Description);

internal enum DemoSafety
{
    Bouw,
    Straat,
    Stroom,
    Dak,
    Water,
    Gas,
}

/// <summary>Letter codes that keep the data tables short. Themes: G = gebouwde omgeving, M = mobiliteit,
/// E = energie. Levels: P = po, V = vmbo, H = havo/vwo, M = mbo, B = hbo.</summary>
internal static class DemoCodes
{
    public static List<Theme> Themes(string code) => [.. code.Select(c => c switch
    {
        'G' => Theme.GebouwdeOmgeving,
        'M' => Theme.Mobiliteit,
        'E' => Theme.Energie,
        _ => throw new ArgumentException($"Unknown theme code '{c}' in '{code}'.", nameof(code)),
    })];

    public static List<EducationLevel> Levels(string code) => [.. code.Select(c => c switch
    {
        'P' => EducationLevel.Po,
        'V' => EducationLevel.Vmbo,
        'H' => EducationLevel.HavoVwo,
        'M' => EducationLevel.Mbo,
        'B' => EducationLevel.Hbo,
        _ => throw new ArgumentException($"Unknown level code '{c}' in '{code}'.", nameof(code)),
    }).Order()];

    public static string SafetyNotes(DemoSafety safety) => safety switch
    {
        DemoSafety.Bouw => "Veiligheidsschoenen, helm en hesje worden uitgeleend; blijf achter de hekken en bij je begeleider.",
        DemoSafety.Straat => "Hesjes worden uitgeleend. We blijven op de stoep achter de afzetting; let op bouwverkeer en fietsers.",
        DemoSafety.Stroom => "We kijken vanaf de tribune achter het hek en komen nooit bij spanning in de buurt. Helm en hesje worden uitgeleend.",
        DemoSafety.Dak => "Leerlingen gaan niet het dak op: we kijken vanaf de grond en via een livecamera mee. Hesjes worden uitgeleend.",
        DemoSafety.Water => "Draag dichte schoenen en blijf achter de relingen bij open putten en water. Helm en hesje worden uitgeleend.",
        DemoSafety.Gas => "Niet bellen of roken bij de sleuf. Veiligheidsschoenen en hesje worden uitgeleend; blijf achter de hekken.",
        _ => throw new ArgumentOutOfRangeException(nameof(safety), safety, null),
    };
}

/// <summary>Geometry in WGS84 (SRID 4326), longitude first.</summary>
internal static class DemoGeo
{
    public const int Srid = 4326;

    private const double MetersPerDegreeLatitude = 111_320;

    public static Point At(double lon, double lat) => new(lon, lat) { SRID = Srid };

    /// <summary>A street-block-sized rectangle of <paramref name="lengthMeters"/> by 0.6 times that, centred on the
    /// point and turned by <paramref name="angleDegrees"/>; the ring is closed and counter-clockwise.</summary>
    public static Polygon Block(double lon, double lat, double lengthMeters, double angleDegrees)
    {
        var halfLength = lengthMeters / 2;
        var halfWidth = lengthMeters * 0.3;
        var (sin, cos) = Math.SinCos(angleDegrees * Math.PI / 180);
        var metersPerDegreeLongitude = MetersPerDegreeLatitude * Math.Cos(lat * Math.PI / 180);
        (double X, double Y)[] corners = [(-halfLength, -halfWidth), (halfLength, -halfWidth), (halfLength, halfWidth), (-halfLength, halfWidth)];
        var ring = corners
            .Select(c => new Coordinate(
                Math.Round(lon + ((c.X * cos) - (c.Y * sin)) / metersPerDegreeLongitude, 7),
                Math.Round(lat + ((c.X * sin) + (c.Y * cos)) / MetersPerDegreeLatitude, 7)))
            .ToList();
        ring.Add(ring[0].Copy());
        return new Polygon(new LinearRing([.. ring])) { SRID = Srid };
    }
}
