using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>A partner that fits an open request, and how far its nearest fitting place is from the school.</summary>
public sealed record DemandFit(int RequestId, int PartnerId, double DistanceMeters);

/// <summary>Which partners fit which open requests, in one SQL statement (ADR 0014). A partner fits when it
/// receives the class's level, does what is asked (the theme among its themes or an activity of the asked type;
/// either will do, and a request that names neither fits every theme), and has a site or a worksite running in
/// the request's period within the requested radius of the school: ST_DWithin on geography, in metres, on the
/// places' GiST indexes. TechLabs count only when a TechLab is welcome, worksites only when a worksite visit is and
/// the worksite itself receives the class (its visit levels and its largest group).
/// The distance is that of the nearest such place, on the spheroid.</summary>
public static class DemandMatching
{
    /// <summary>The fits of one request (<paramref name="requestId"/>), of one partner (<paramref name="partnerId"/>),
    /// or of all open requests (0 for either means any), nearest first.</summary>
    public static Task<List<DemandFit>> FitsAsync(AppDbContext db, DateOnly today, int requestId = 0, int partnerId = 0, CancellationToken cancellationToken = default) =>
        db.Database.SqlQuery<DemandFit>($"""
            SELECT r.id AS "RequestId", p.id AS "PartnerId", near.distance AS "DistanceMeters"
            FROM demand_requests r
            JOIN schools s ON s.id = r.school_id
            JOIN partners p ON r.level = ANY (p.audience_levels)
            CROSS JOIN LATERAL (
                SELECT min(ST_Distance(place.location, s.location)) AS distance
                FROM (
                    SELECT si.location FROM sites si
                    WHERE si.partner_id = p.id AND (r.tech_lab_welcome OR si.kind <> 'tech_lab')
                      AND ST_DWithin(si.location, s.location, r.radius_km * 1000.0)
                    UNION ALL
                    SELECT coalesce(w.area, w.location) FROM worksites w
                    WHERE w.partner_id = p.id AND r.worksite_welcome
                      AND r.level = ANY (w.visit_levels) AND r.pupils <= w.max_group_size
                      AND w.start_date <= r.period_end AND w.end_date >= greatest(r.period_start, {today})
                      AND ST_DWithin(coalesce(w.area, w.location), s.location, r.radius_km * 1000.0)
                ) AS place (location)
            ) AS near
            WHERE r.state = 'open'
              AND near.distance IS NOT NULL
              AND ((r.theme IS NULL AND r.activity_type IS NULL)
                   OR r.theme = ANY (p.themes)
                   OR EXISTS (SELECT 1 FROM activities a WHERE a.partner_id = p.id AND a.type = r.activity_type))
              AND ({requestId} = 0 OR r.id = {requestId})
              AND ({partnerId} = 0 OR p.id = {partnerId})
            ORDER BY near.distance, r.id, p.id
            """).ToListAsync(cancellationToken);

    /// <summary>Whether one partner fits one open request.</summary>
    public static async Task<DemandFit?> FitAsync(AppDbContext db, DateOnly today, int requestId, int partnerId, CancellationToken cancellationToken = default) =>
        (await FitsAsync(db, today, requestId, partnerId, cancellationToken)).SingleOrDefault();
}
