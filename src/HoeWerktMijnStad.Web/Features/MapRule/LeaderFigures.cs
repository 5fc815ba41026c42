using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>One month of the programme's figures.</summary>
public sealed record MonthFigures(DateOnly Month, int Visits, int Pupils, int PartnersOnMap, double? AverageMark, int WithLeader);

/// <summary>A visit in the export.</summary>
public sealed record VisitRow(DateTimeOffset StartsAt, string Partner, string School, string Activity, string Class, int Pupils,
    BookingState State, bool LeaderAttending, int? SchoolMark, int? CompanyMark);

/// <summary>The programme leader's figures by Amsterdam month, in one query: completed visits, pupils reached
/// (the classes' sizes), partners on the map at the month's end (from the map-status history), the schools'
/// average evaluation mark, and visits with the programme leader present.</summary>
public sealed class LeaderFigures(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<MonthFigures>> ByMonthAsync(MapMonth first, MapMonth last, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQueryRaw<MonthFigures>("""
            WITH months AS (
                SELECT m::date AS month,
                       m AT TIME ZONE 'Europe/Amsterdam' AS starts,
                       (m + interval '1 month') AT TIME ZONE 'Europe/Amsterdam' AS ends
                FROM generate_series(@first::timestamp, @last::timestamp, interval '1 month') AS m)
            SELECT months.month AS "Month",
                   count(b.id)::int AS "Visits",
                   coalesce(sum(b.pupils), 0)::int AS "Pupils",
                   (SELECT count(*)::int FROM partners p
                    WHERE p.joined_on < (months.month + interval '1 month')::date
                      AND coalesce(
                            (SELECT c.new_status FROM map_status_changes c WHERE c.partner_id = p.id AND c.at < months.ends ORDER BY c.at DESC, c.id DESC LIMIT 1),
                            (SELECT c.old_status FROM map_status_changes c WHERE c.partner_id = p.id AND c.at >= months.ends ORDER BY c.at, c.id LIMIT 1),
                            p.map_status) = 'on_map') AS "PartnersOnMap",
                   (SELECT avg(e.mark)::float8 FROM evaluations e JOIN bookings v ON v.id = e.booking_id
                    WHERE e.side = 'school' AND e.sent_at IS NOT NULL AND v.state = 'completed'
                      AND v.starts_at >= months.starts AND v.starts_at < months.ends) AS "AverageMark",
                   count(b.id) FILTER (WHERE b.leader_attending)::int AS "WithLeader"
            FROM months
            LEFT JOIN bookings b ON b.state = 'completed' AND b.starts_at >= months.starts AND b.starts_at < months.ends
            GROUP BY months.month, months.starts, months.ends
            ORDER BY months.month
            """, new Npgsql.NpgsqlParameter("first", first.First.ToDateTime(TimeOnly.MinValue)),
            new Npgsql.NpgsqlParameter("last", last.First.ToDateTime(TimeOnly.MinValue))).ToListAsync(cancellationToken);
    }

    /// <summary>Confirmed, completed and not-happened visits that start in the period, oldest first.</summary>
    public async Task<IReadOnlyList<VisitRow>> VisitsAsync(MapMonth first, MapMonth last, CancellationToken cancellationToken = default)
    {
        var (from, to) = (first.From, last.To);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Bookings.AsNoTracking()
            .Where(b => (b.State == BookingState.Confirmed || b.State == BookingState.Completed || b.State == BookingState.NotHappened)
                && b.StartsAt >= from && b.StartsAt < to)
            .OrderBy(b => b.StartsAt)
            .Select(b => new
            {
                StartsAt = b.StartsAt!.Value, Partner = b.Partner!.Name, School = b.School!.Name, Activity = b.Activity!.Title, b.Level, b.ClassYear, b.Pupils,
                b.State, b.LeaderAttending,
                SchoolMark = b.Evaluations.Where(e => e.Side == ChecklistSide.School && e.SentAt != null).Select(e => e.Mark).FirstOrDefault(),
                CompanyMark = b.Evaluations.Where(e => e.Side == ChecklistSide.Company && e.SentAt != null).Select(e => e.Mark).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new VisitRow(r.StartsAt, r.Partner, r.School, r.Activity, Bookings.BookingLabels.Class(r.Level, r.ClassYear), r.Pupils,
            r.State, r.LeaderAttending, r.SchoolMark, r.CompanyMark)).ToList();
    }

    /// <summary>The period a page or export asks for ("van" and "tot" as yyyy-MM), by default the last twelve months.</summary>
    public static (MapMonth First, MapMonth Last, string? Error) Period(string? from, string? until, TimeProvider clock)
    {
        var current = MapMonth.Current(clock);
        var last = MapMonth.Parse(until) ?? current;
        var first = MapMonth.Parse(from) ?? new MapMonth(last.First.AddMonths(-11));
        if (first.First > last.First)
        {
            return (new MapMonth(current.First.AddMonths(-11)), current, "De beginmaand ligt na de eindmaand; hieronder staan de laatste twaalf maanden.");
        }

        if (first.First < last.First.AddMonths(-59))
        {
            return (new MapMonth(last.First.AddMonths(-59)), last, "Een periode is hoogstens vijf jaar; hieronder staan de laatste vijf jaar ervan.");
        }

        return (first, last, null);
    }
}
