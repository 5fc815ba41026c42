using System.Globalization;
using System.Text;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.PartnerSelfService;

/// <summary>The area of a worksite as text: one corner per line, "longitude latitude" (a decimal point or
/// comma, separated by spaces or a semicolon). The map's drawing tool writes the same text, so the area can be
/// drawn with a mouse or typed with a keyboard.</summary>
public static class WorksiteArea
{
    public const int MaxCorners = 200;

    private static readonly GeometryFactory Geography = new(new PrecisionModel(), 4326);

    public sealed record Result(Polygon? Polygon, string? Error);

    public static Result Parse(string? text)
    {
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return new Result(null, null);
        }

        var corners = new List<Coordinate>();
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split([' ', '\t', ';'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !TryNumber(parts[0], out var lon) || !TryNumber(parts[1], out var lat))
            {
                return new Result(null, $"Regel {i + 1} van het gebied is geen hoekpunt. Schrijf per regel de lengtegraad en de breedtegraad, gescheiden door een spatie, bijvoorbeeld: 4,9041 52,3676.");
            }

            if (!Netherlands.Contains(lon, lat))
            {
                return new Result(null, $"Hoekpunt {i + 1} van het gebied ligt niet in Nederland. Staan lengte- en breedtegraad misschien omgedraaid?");
            }

            corners.Add(new Coordinate(lon, lat));
        }

        if (corners.Count > 1 && corners[0].Equals2D(corners[^1]))
        {
            corners.RemoveAt(corners.Count - 1);
        }

        if (corners.Distinct().Count() < 3)
        {
            return new Result(null, "Een gebied heeft minstens drie verschillende hoekpunten. Klik er meer op de kaart, of wis het gebied.");
        }

        if (corners.Count > MaxCorners)
        {
            return new Result(null, $"Een gebied heeft hoogstens {MaxCorners} hoekpunten.");
        }

        var polygon = Geography.CreatePolygon([.. corners, corners[0]]);
        if (!polygon.IsValid)
        {
            return new Result(null, "De randen van het gebied kruisen elkaar. Zet de hoekpunten rondom in volgorde, met of tegen de klok in.");
        }

        return new Result(polygon, null);
    }

    public static string Format(Polygon? area)
    {
        if (area is null)
        {
            return "";
        }

        var text = new StringBuilder();
        var ring = area.ExteriorRing.Coordinates;
        for (var i = 0; i < ring.Length - 1; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{ring[i].X:0.######} {ring[i].Y:0.######}\n");
        }

        return text.ToString();
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
