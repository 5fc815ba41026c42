using NetTopologySuite.Geometries;
using Npgsql;

namespace HoeWerktMijnStad.Web.Features.Map;

/// <summary>The map SQL's values: the view's rectangle and its search area, and every value as a parameter.</summary>
public static partial class MapSql
{
    /// <summary>The map's view: a rectangle in longitude and latitude (its edges are parallels and meridians).</summary>
    internal static Geometry BboxRectangle(BoundingBox b) =>
        Wgs84.ToGeometry(new Envelope(b.MinLongitude, b.MaxLongitude, b.MinLatitude, b.MaxLatitude));

    /// <summary>An area for the index that holds the whole rectangle. A geography polygon's edges are great circles,
    /// not parallels: the box's edges as they are bow towards the pole (a box 90 degrees wide at 52 N loses everything
    /// below 61 N in its middle) and an edge of 180 degrees has no defined way round at all (issue 21). Edges of at
    /// most one degree bow less than 0.002 degrees, which the margin covers.</summary>
    internal static Geometry BboxSearchArea(BoundingBox b)
    {
        const double Margin = 0.01;
        var box = Wgs84.ToGeometry(new Envelope(b.MinLongitude, b.MaxLongitude, b.MinLatitude - Margin, b.MaxLatitude + Margin));
        var dense = NetTopologySuite.Densify.Densifier.Densify(box, 1.0);
        dense.SRID = 4326;
        return dense;
    }

    private static string Parameter(NpgsqlBatchCommand command, string name, object value) =>
        Parameter(command.Parameters, name, value);

    private static string Parameter(NpgsqlParameterCollection parameters, string name, object value)
    {
        parameters.Add(new NpgsqlParameter(name, value));
        return "@" + name;
    }

    private static string Geography(NpgsqlBatchCommand command, string name, Geometry value)
    {
        command.Parameters.Add(new NpgsqlParameter { ParameterName = name, Value = value, DataTypeName = "geography" });
        return "@" + name;
    }
}
