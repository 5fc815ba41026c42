using System.Text;
using NetTopologySuite.Geometries;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Npgsql;

namespace HoeWerktMijnStad.Web.Features.Map;

/// <summary>The map's hot path as hand-written SQL (ADR 0008): the visible partners' ids, then one statement per
/// requested layer, sent together in one batch. Each statement filters on the layer's spatial index, reads at most
/// <c>limit + 1</c> rows and joins the partner's name, slug and themes to those rows only. Every statement
/// returns the same columns (<see cref="Column"/>); only fixed fragments are concatenated, every value is a
/// parameter.</summary>
public static partial class MapSql
{
    /// <summary>The sphere differs from the WGS84 spheroid by well under 0.5 %: the index and the cheap sphere
    /// test pick candidates within a slightly larger radius; the exact cut happens on the spheroid distance.</summary>
    public const double SphereMargin = 1.005;

    internal static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    // the largest bbox (degrees each way) searched through the geography index; a map view of the region is far smaller
    private const double IndexedBoxSize = 20;

    public enum Column
    {
        Id,
        Name,
        Kind,
        PartnerId,
        City,
        Longitude,
        Latitude,
        Area,
        Start,
        End,
        Distance,
        PartnerName,
        PartnerSlug,
        PartnerThemes,
    }

    /// <summary>The statements and the layers they read, in order. With <paramref name="Counted"/> each layer's rows
    /// are followed by one row with the number of places matching the filter (the OGC API's numberMatched).</summary>
    public sealed record Batch(NpgsqlBatch Commands, IReadOnlyList<MapLayers> Layers, bool Counted = false);

    /// <summary>The ids of the partners whose places may show (on the map, and of the asked theme, audience and
    /// kind): for sites, and for worksites (which filter the level on who may visit, not on the partner's
    /// audience). A first, tiny round trip: the layer statements take the ids as an array parameter whose size
    /// the planner sees. Inlined as a subquery or a join, PostgreSQL misjudges how many places are left
    /// (ADR 0004): a bitmap scan over every visible site, or a nested loop over every partner.</summary>
    public static async Task<(int[] Sites, int[] Worksites)> VisiblePartnersAsync(
        NpgsqlConnection connection, MapFilter filter, CancellationToken cancellationToken = default)
    {
        await using var command = new NpgsqlCommand { Connection = connection };
        var sql = new StringBuilder("SELECT coalesce(array_agg(p.id) FILTER (WHERE ");
        sql.Append(filter.Level is { } level ? $"{Parameter(command.Parameters, "level", level)} = ANY(p.audience_levels)" : "true");
        sql.Append("), '{}'), coalesce(array_agg(p.id), '{}') FROM partners p WHERE p.map_status = 'on_map'");
        if (filter.Theme is { } theme)
        {
            sql.Append(" AND ").Append(Parameter(command.Parameters, "theme", theme)).Append(" = ANY(p.themes)");
        }

        if (filter.Kind is { } kind)
        {
            sql.Append(" AND p.kind = ").Append(Parameter(command.Parameters, "kind", kind));
        }

        if (filter.Partner is { } partner)
        {
            sql.Append(" AND p.slug = ").Append(Parameter(command.Parameters, "partner", partner));
        }

        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetFieldValue<int[]>(0), reader.GetFieldValue<int[]>(1));
    }

    /// <summary>The layer statements. <paramref name="offset"/> skips that many places of each layer (in id order,
    /// or nearest first); <paramref name="count"/> adds each layer's number of matching places.</summary>
    public static Batch Build(MapFilter filter, int limit, (int[] Sites, int[] Worksites) partners, int offset = 0, bool count = false)
    {
        var batch = new NpgsqlBatch();
        var layers = new List<MapLayers>();
        foreach (var layer in (MapLayers[])[MapLayers.Sites, MapLayers.Worksites, MapLayers.Schools, MapLayers.Trips, MapLayers.Events])
        {
            if (filter.Shows(layer))
            {
                var (rows, counted) = LayerCommands(layer, filter, limit, offset, partners);
                batch.BatchCommands.Add(rows);
                if (count)
                {
                    batch.BatchCommands.Add(counted);
                }

                layers.Add(layer);
            }
        }

        return new Batch(batch, layers, count);
    }

    private static (NpgsqlBatchCommand Rows, NpgsqlBatchCommand Count) LayerCommands(
        MapLayers layer, MapFilter filter, int limit, int offset, (int[] Sites, int[] Worksites) partners)
    {
        var command = new NpgsqlBatchCommand();
        var where = new List<string>();
        string select;
        switch (layer)
        {
            case MapLayers.Sites:
                select = "t.id, t.name, t.kind, t.partner_id, t.city, NULL::geography AS area, NULL::date AS start_date, NULL::date AS end_date FROM sites t";
                where.Add($"t.partner_id = ANY({Parameter(command, "partners", partners.Sites)})");
                if (filter.Activity is { } siteActivity)
                {
                    // an activity at this site, or one of the partner's that has no place of its own (a guest lesson)
                    where.Add($"""
                        EXISTS (SELECT 1 FROM activities a WHERE a.type = {Parameter(command, "activity", siteActivity)}
                            AND (a.site_id = t.id OR (a.site_id IS NULL AND a.worksite_id IS NULL AND a.partner_id = t.partner_id)))
                        """);
                }

                if (filter.SiteKind is { } siteKind)
                {
                    where.Add($"t.kind = {Parameter(command, "site_kind", siteKind)}");
                }

                break;
            case MapLayers.Worksites:
                select = "t.id, t.title AS name, NULL AS kind, t.partner_id, t.city, t.area, t.start_date, t.end_date FROM worksites t";

                // worksites filter the level on who may visit, not on the partner's audience
                where.Add($"t.partner_id = ANY({Parameter(command, "partners", partners.Worksites)})");
                // running on the day, or at some moment of the period (an open end does not limit)
                var (from, to) = filter.Period is { } period ? (period.From, period.To) : (filter.Date, filter.Date);
                if (to is { } last)
                {
                    where.Add($"t.start_date <= {Parameter(command, "period_to", last)}");
                }

                if (from is { } first)
                {
                    where.Add($"t.end_date >= {Parameter(command, "period_from", first)}");
                }

                if (filter.Level is { } visitLevel)
                {
                    where.Add($"{Parameter(command, "level", visitLevel)} = ANY(t.visit_levels)");
                }

                if (filter.Activity is { } worksiteActivity)
                {
                    where.Add($"EXISTS (SELECT 1 FROM activities a WHERE a.type = {Parameter(command, "activity", worksiteActivity)} AND a.worksite_id = t.id)");
                }

                break;
            case MapLayers.Events:
                EventConditions(command, filter, partners, where);
                select = """
                    t.id, t.title AS name, t.type AS kind, t.partner_id, coalesce(t.place, 'Online') AS city, NULL::geography AS area,
                    (t.starts_at AT TIME ZONE 'Europe/Amsterdam')::date AS start_date, (t.ends_at AT TIME ZONE 'Europe/Amsterdam')::date AS end_date
                    FROM network_events t
                    """;
                break;
            case MapLayers.Trips:
                // family trips are public places: no partner, and the school filters do not apply to them
                select = "t.id, t.name, t.kind, NULL::int AS partner_id, t.city, NULL::geography AS area, NULL::date AS start_date, NULL::date AS end_date FROM trips t";
                break;
            default:
                // schools are where classes come from: only the level filter applies to them
                select = "t.id, t.name, t.type AS kind, NULL::int AS partner_id, t.city, NULL::geography AS area, NULL::date AS start_date, NULL::date AS end_date FROM schools t";
                if (filter.Level is { } schoolLevel)
                {
                    where.Add($"{Parameter(command, "level", schoolLevel)} = ANY(t.levels)");
                }

                if (filter.SchoolType is { } schoolType)
                {
                    where.Add($"t.type = {Parameter(command, "school_type", schoolType)}");
                }

                break;
        }

        if (filter.FeatureId is { } featureId)
        {
            where.Add($"t.id = {Parameter(command, "feature_id", featureId)}");
        }

        var distance = "NULL::float8";
        var order = "t.id";
        if (filter.Bbox is { } b)
        {
            // the geography test uses the GiST index; the geometry test then cuts exactly on the map's rectangle.
            // PostGIS misplaces points in geography polygons of continental size (tests found points missing in
            // a box 175 degrees wide), and such a box holds the whole region anyway: only the exact test for those.
            if (b.MaxLongitude - b.MinLongitude <= IndexedBoxSize && b.MaxLatitude - b.MinLatitude <= IndexedBoxSize
                && b.MinLatitude > -80 && b.MaxLatitude < 80)
            {
                where.Add($"ST_Intersects(t.location, {Geography(command, "bbox", BboxSearchArea(b))})");
            }

            where.Add($"ST_Intersects(t.location::geometry, {Parameter(command, "bbox_exact", BboxRectangle(b))})");
        }

        if (filter.Near is { } n)
        {
            var near = Geography(command, "near", Wgs84.CreatePoint(new Coordinate(n.Longitude, n.Latitude)));
            where.Add($"ST_DWithin(t.location, {near}, {Parameter(command, "sphere_radius", filter.RadiusMeters * SphereMargin)}, false)");
            distance = $"ST_Distance(t.location, {near})";
            order = "distance, t.id";
        }

        var sql = new StringBuilder("SELECT r.id, r.name, r.kind, r.partner_id, r.city, ST_X(r.location::geometry), ST_Y(r.location::geometry), ");
        sql.Append("r.area, r.start_date, r.end_date, r.distance, p.name, p.slug, p.themes FROM (SELECT t.location, ");
        sql.Append(distance).Append(" AS distance, ").Append(select);
        if (where.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        }

        sql.Append(" ORDER BY ").Append(order).Append(" LIMIT ").Append(Parameter(command, "limit", limit + 1));
        if (offset > 0)
        {
            sql.Append(" OFFSET ").Append(Parameter(command, "offset", offset));
        }

        sql.Append(") r LEFT JOIN partners p ON p.id = r.partner_id ORDER BY r.distance, r.id");
        command.CommandText = sql.ToString();

        // the same filter, counted: the statement's FROM and WHERE without the columns, order and limit
        var count = new NpgsqlBatchCommand(
            "SELECT count(*) FROM (SELECT " + select + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") + ") c");
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            if (parameter.ParameterName is not ("limit" or "offset"))
            {
                count.Parameters.Add(parameter.Clone());
            }
        }

        return (command, count);
    }

    /// <summary>The agenda's events that are on: not called off, from a partner on the map (or the network itself, unless
    /// a partner filter is asked), overlapping the period (by default from the day on, whole days in Europe/Amsterdam),
    /// and with a place unless <see cref="MapFilter.WithoutPlace"/>.</summary>
    private static void EventConditions(NpgsqlBatchCommand command, MapFilter filter, (int[] Sites, int[] Worksites) partners, List<string> where)
    {
        where.Add("t.cancelled_at IS NULL");
        var mapPartners = Parameter(command, "partners", partners.Worksites);
        where.Add(filter.Theme is null && filter.Kind is null && filter.Partner is null
            ? $"(t.partner_id IS NULL OR t.partner_id = ANY({mapPartners}))"
            : $"t.partner_id = ANY({mapPartners})");
        var (from, to) = filter.Period is { } period ? (period.From, period.To) : (filter.Date, (DateOnly?)null);
        if (from is { } first)
        {
            where.Add($"t.ends_at > {Parameter(command, "period_from", AmsterdamTime.ToInstant(first, TimeOnly.MinValue))}");
        }

        if (to is { } last)
        {
            where.Add($"t.starts_at < {Parameter(command, "period_to", AmsterdamTime.ToInstant(last.AddDays(1), TimeOnly.MinValue))}");
        }

        if (!filter.WithoutPlace)
        {
            where.Add("t.location IS NOT NULL");
        }
    }
}
