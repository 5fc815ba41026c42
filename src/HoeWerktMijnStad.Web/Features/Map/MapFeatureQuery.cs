using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.Map;

/// <summary>Finds the places a <see cref="MapFilter"/> asks for. Every filter runs in SQL on the spatial
/// indexes (ST_Intersects for the bbox, ST_DWithin in metres for near): one statement per requested layer,
/// each bounded, sent in one batch (<see cref="MapSql"/>), merged nearest first.</summary>
public sealed class MapFeatureQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int DefaultLimit = 2_000;

    public async Task<MapResult> RunAsync(MapFilter filter, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        var (features, truncated, _) = await ReadAsync(filter, limit, 0, count: false, cancellationToken);
        var ordered = filter.Near is null
            ? features.OrderBy(f => f.Layer).ThenBy(f => f.Id)
            : features.OrderBy(f => f.DistanceMeters).ThenBy(f => f.Id);
        var result = ordered.ToList();
        truncated |= result.Count > limit;
        return new MapResult(result.Take(limit).ToList(), truncated, limit);
    }

    /// <summary>One page of one layer in id order, with the number of places that match the filter in all (the OGC
    /// API's items: <c>limit</c>, <c>offset</c>, <c>numberMatched</c>).</summary>
    public async Task<MapItemsPage> RunPageAsync(MapFilter filter, int limit, int offset, CancellationToken cancellationToken = default)
    {
        if (filter.Near is not null || !Enum.GetValues<MapLayers>().Contains(filter.Layers) || filter.Layers == MapLayers.None)
        {
            throw new ArgumentException("A page is one layer, in id order.", nameof(filter));
        }

        var (features, _, matched) = await ReadAsync(filter, limit, offset, count: true, cancellationToken);
        return new MapItemsPage(features.Take(limit).ToList(), matched, limit, offset);
    }

    private async Task<(List<MapFeature> Features, bool Truncated, int Matched)> ReadAsync(
        MapFilter filter, int limit, int offset, bool count, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var partners = await MapSql.VisiblePartnersAsync(connection, filter, cancellationToken);
        var (batch, layers, counted) = MapSql.Build(filter, limit, partners, offset, count);
        await using var commands = batch;
        commands.Connection = connection;
        await using var reader = await commands.ExecuteReaderAsync(cancellationToken);

        var features = new List<MapFeature>();
        var truncated = false;
        var matched = 0;
        foreach (var layer in layers)
        {
            var rows = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = Read(reader, layer);

                // the exact cut at the radius, on the spheroid distance PostGIS computed (see MapSql.SphereMargin)
                if (row.DistanceMeters > filter.RadiusMeters)
                {
                    continue;
                }

                if (++rows > limit)
                {
                    truncated = true;
                    continue;
                }

                features.Add(row);
            }

            await reader.NextResultAsync(cancellationToken);
            if (counted)
            {
                await reader.ReadAsync(cancellationToken);
                matched += (int)reader.GetInt64(0);
                await reader.NextResultAsync(cancellationToken);
            }
        }

        return (features, truncated, matched);
    }

    private static MapFeature Read(NpgsqlDataReader reader, MapLayers layer)
    {
        var id = reader.GetInt32((int)MapSql.Column.Id);
        var location = reader.IsDBNull((int)MapSql.Column.Longitude) ? null : MapSql.Wgs84.CreatePoint(new Coordinate(
            reader.GetDouble((int)MapSql.Column.Longitude), reader.GetDouble((int)MapSql.Column.Latitude)));
        var area = reader.IsDBNull((int)MapSql.Column.Area) ? null : reader.GetFieldValue<Polygon>((int)MapSql.Column.Area);
        var partnerSlug = reader.IsDBNull((int)MapSql.Column.PartnerSlug) ? null : reader.GetString((int)MapSql.Column.PartnerSlug);
        var (kind, kindLabel, url) = layer switch
        {
            MapLayers.Sites when reader.GetFieldValue<SiteKind>((int)MapSql.Column.Kind) is var siteKind =>
                (siteKind.ToString(), Labels.Of(siteKind), PlaceUrls.Partner(partnerSlug!)),
            MapLayers.Schools when reader.GetFieldValue<SchoolType>((int)MapSql.Column.Kind) is var schoolType =>
                (schoolType.ToString(), Labels.Of(schoolType), PlaceUrls.School(id)),
            MapLayers.Events when reader.GetFieldValue<HoeWerktMijnStad.Data.Agenda.EventType>((int)MapSql.Column.Kind) is var eventType =>
                (eventType.ToString(), Agenda.AgendaLabels.Of(eventType), PlaceUrls.Event(id)),
            MapLayers.Trips when reader.GetString((int)MapSql.Column.Kind) is var tripKind =>
                ("Trip", tripKind, PlaceUrls.Trip(id)),
            _ => ("Worksite", "Tijdelijke werkzaamheden", PlaceUrls.Worksite(id)),
        };

        return new MapFeature
        {
            Id = id,
            Layer = layer,
            Name = reader.GetString((int)MapSql.Column.Name),
            Kind = kind,
            KindLabel = kindLabel,
            Partner = reader.IsDBNull((int)MapSql.Column.PartnerName) ? null : reader.GetString((int)MapSql.Column.PartnerName),
            PartnerSlug = partnerSlug,
            Themes = reader.IsDBNull((int)MapSql.Column.PartnerThemes) ? [] : reader.GetFieldValue<Theme[]>((int)MapSql.Column.PartnerThemes),
            City = reader.GetString((int)MapSql.Column.City),
            Url = url,
            Start = reader.IsDBNull((int)MapSql.Column.Start) ? null : reader.GetFieldValue<DateOnly>((int)MapSql.Column.Start),
            End = reader.IsDBNull((int)MapSql.Column.End) ? null : reader.GetFieldValue<DateOnly>((int)MapSql.Column.End),
            DistanceMeters = reader.IsDBNull((int)MapSql.Column.Distance) ? null : reader.GetDouble((int)MapSql.Column.Distance),
            Location = location,
            Geometry = (Geometry?)area ?? location,
        };
    }
}
