using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>A partner the rule concerns.</summary>
public sealed record RulePartner(int Id, string Name, string Slug);

/// <summary>A partner a month close took off the map, and whether it is still off.</summary>
public sealed record ClosedPartner(int Id, string Name, string Slug, bool StillOff);

/// <summary>The monthly map rule (seed 000 lines 1011-1015): a partner stays on the map while it hosts a school
/// visit each month. Set-based: one statement decides every partner's status for a month (ADR 0011). A month
/// closes once, even when two instances run the close at the same moment (the close's row is inserted first,
/// in the same transaction), and a close that fails half-way leaves nothing behind.</summary>
public sealed class MonthlyMapRule(IDbContextFactory<AppDbContext> dbFactory, MapRuleMails mails, TimeProvider clock)
{
    public const string System = "Hoe Werkt Mijn Stad";

    /// <summary>Why a close or its undo did nothing; the month (its first day) is the argument.</summary>
    public const string NotOver = "MonthNotOver", TooOld = "MonthTooOld", AlreadyClosed = "MonthAlreadyClosed",
        NotClosed = "MonthNotClosed", UndoTooLate = "MonthUndoTooLate";

    /// <summary>How long after a close the programme leader can undo it.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromDays(7);

    /// <summary>Whether the close can still be undone now.</summary>
    public bool CanUndo(MapMonthClose close) => clock.GetUtcNow() < close.ClosedAt + UndoWindow;

    /// <summary>Whether the programme leader marked the month as a holiday month (every year or this one).</summary>
    public static Task<bool> IsExemptAsync(AppDbContext db, MapMonth month, CancellationToken cancellationToken = default) =>
        db.MapExemptMonths.AnyAsync(m => m.Month == month.First.Month && (m.Year == null || m.Year == month.First.Year), cancellationToken);

    /// <summary>Who would go off the map if the month closed now.</summary>
    public async Task<IReadOnlyList<RulePartner>> PreviewAsync(MapMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await IsExemptAsync(db, month, cancellationToken))
        {
            return [];
        }

        return await db.Database.SqlQueryRaw<RulePartner>(DuePartnersSql, Parameters(month)).ToListAsync(cancellationToken);
    }

    public async Task<MapMonthClose?> ClosedAsync(MapMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.MapMonthCloses.AsNoTracking().SingleOrDefaultAsync(c => c.Month == month.First, cancellationToken);
    }

    /// <summary>Whether a month can be closed now: only last month, once it is over. Partners' statuses are today's:
    /// judging an older month by them would be unfair.</summary>
    public Outcome Closable(MapMonth month) =>
        clock.GetUtcNow() < month.To ? Outcome.Refused(NotOver, month.First)
        : month.First < MapMonth.Current(clock).Previous.First ? Outcome.Refused(TooOld, month.First)
        : Outcome.Done;

    /// <summary>Closes a month that is over: every partner on the map without a completed school visit in it (and
    /// not exempt) goes off the map, with a line of history and a mail to its editors.</summary>
    /// <returns>The partners it took off the map.</returns>
    public async Task<Outcome<RulePartner[]>> CloseAsync(MapMonth month, string? actorId, string actorName, CancellationToken cancellationToken = default)
    {
        if (Closable(month) is { Succeeded: false } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // first claim the month: a second close (another instance, a retry, a second click) waits here and then finds it taken
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO map_month_closes (month, closed_at, closed_by, removed) VALUES ({month.First}, {now}, {actorName}, 0) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (claimed == 0)
        {
            return Outcome.Refused(AlreadyClosed, month.First);
        }

        List<RulePartner> removed = [];
        if (!await IsExemptAsync(db, month, cancellationToken))
        {
            removed = await db.Database.SqlQueryRaw<RulePartner>(CloseSql, [.. Parameters(month), new Npgsql.NpgsqlParameter("actor_id", (object?)actorId ?? DBNull.Value),
                    new Npgsql.NpgsqlParameter("actor_name", actorName), new Npgsql.NpgsqlParameter("now", now)])
                .ToListAsync(cancellationToken);
            await db.MapMonthCloses.Where(c => c.Month == month.First).ExecuteUpdateAsync(c => c.SetProperty(x => x.Removed, removed.Count), cancellationToken);
            await mails.RemovedAsync(db, month, removed, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return removed.ToArray();
    }

    /// <summary>The partners a month's close took off the map (its history lines carry the close's instant), by name.</summary>
    public async Task<IReadOnlyList<ClosedPartner>> RemovedByCloseAsync(MapMonthClose close, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.MapStatusChanges.AsNoTracking()
            .Where(c => c.Month == close.Month && c.Reason == MapStatusReason.NoVisit && c.At == close.ClosedAt)
            .OrderBy(c => c.Partner!.Name)
            .Select(c => new ClosedPartner(c.PartnerId, c.Partner!.Name, c.Partner.Slug, c.Partner.MapStatus == MapStatus.OffMap))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Undoes a month close within <see cref="UndoWindow"/>: every partner it took off the map whose status has
    /// not changed since comes back (a history line "afsluiting ongedaan gemaakt" and a mail to its editors), and the
    /// month can be closed again. The close's row is locked and deleted in one transaction, so two undo requests at
    /// once act once: the second waits for the first and then finds no close.</summary>
    /// <returns>The partners that came back.</returns>
    public async Task<Outcome<RulePartner[]>> UndoCloseAsync(MapMonth month, string? actorId, string actorName, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var close = await db.MapMonthCloses.FromSqlInterpolated($"SELECT * FROM map_month_closes WHERE month = {month.First} FOR UPDATE")
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (close is null)
        {
            return Outcome.Refused(NotClosed, month.First);
        }

        if (!CanUndo(close))
        {
            return Outcome.Refused(UndoTooLate, month.First);
        }

        var restored = await db.Database.SqlQueryRaw<RulePartner>("""
            WITH removed AS (
                SELECT c.partner_id FROM map_status_changes c
                WHERE c.month = @month AND c.reason = 'no_visit' AND c.at = @closed_at
                  AND NOT EXISTS (SELECT 1 FROM map_status_changes later
                                  WHERE later.partner_id = c.partner_id AND (later.at > c.at OR (later.at = c.at AND later.id > c.id)))),
            back AS (
                UPDATE partners SET map_status = 'on_map'
                FROM removed WHERE partners.id = removed.partner_id AND partners.map_status = 'off_map'
                RETURNING partners.id, partners.name, partners.slug),
            history AS (
                INSERT INTO map_status_changes (partner_id, old_status, new_status, month, reason, actor_id, actor_name, at)
                SELECT id, 'off_map', 'on_map', @month, 'close_undone', @actor_id, @actor_name, @now FROM back)
            SELECT id AS "Id", name AS "Name", slug AS "Slug" FROM back ORDER BY name
            """, new Npgsql.NpgsqlParameter("month", month.First), new Npgsql.NpgsqlParameter("closed_at", close.ClosedAt),
                new Npgsql.NpgsqlParameter("actor_id", (object?)actorId ?? DBNull.Value), new Npgsql.NpgsqlParameter("actor_name", actorName),
                new Npgsql.NpgsqlParameter("now", now))
            .ToListAsync(cancellationToken);
        await db.MapMonthCloses.Where(c => c.Month == month.First).ExecuteDeleteAsync(cancellationToken);
        await mails.CloseUndoneAsync(db, month, restored, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return restored.ToArray();
    }

    /// <summary>Mid-month: partners on the map with no confirmed or completed school visit in the current month (not
    /// exempt, not new) are warned once, by mail and on their dashboard.</summary>
    public async Task<IReadOnlyList<RulePartner>> WarnAsync(CancellationToken cancellationToken = default)
    {
        var month = MapMonth.Current(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await IsExemptAsync(db, month, cancellationToken))
        {
            return [];
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var warned = await db.Database.SqlQueryRaw<RulePartner>(WarnSql, Parameters(month)).ToListAsync(cancellationToken);
        await mails.WarnedAsync(db, month, warned, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return warned;
    }

    /// <summary>Partners on the map with no confirmed or completed school visit this month yet (not exempt, not new).</summary>
    public async Task<IReadOnlyList<RulePartner>> AtRiskAsync(MapMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await IsExemptAsync(db, month, cancellationToken))
        {
            return [];
        }

        return await db.Database.SqlQueryRaw<RulePartner>(AtRiskPartnersSql, Parameters(month)).ToListAsync(cancellationToken);
    }

    /// <summary>A completed school visit brings a partner the rule took off the map back at once (in the
    /// completion's transaction). One the programme leader took off by hand stays off.</summary>
    public async Task ComeBackAsync(AppDbContext db, int partnerId, DateTimeOffset visitStart, CancellationToken cancellationToken = default)
    {
        var back = await db.Partners
            .Where(p => p.Id == partnerId && p.MapStatus == MapStatus.OffMap
                && db.MapStatusChanges.Where(c => c.PartnerId == partnerId).OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
                    .Select(c => (MapStatusReason?)c.Reason).FirstOrDefault() == MapStatusReason.NoVisit)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.MapStatus, MapStatus.OnMap), cancellationToken);
        if (back == 0)
        {
            return;
        }

        var month = MapMonth.Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(visitStart, Infrastructure.Time.AmsterdamTime.Zone).DateTime));
        db.MapStatusChanges.Add(new MapStatusChange
        {
            PartnerId = partnerId, OldStatus = MapStatus.OffMap, NewStatus = MapStatus.OnMap, Month = month.First,
            Reason = MapStatusReason.VisitCompleted, ActorName = System, At = clock.GetUtcNow(),
        });
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId).Select(p => new RulePartner(p.Id, p.Name, p.Slug)).SingleAsync(cancellationToken);
        await mails.BackAsync(db, partner, cancellationToken);
    }

    /// <summary>An exemption granted for a month that was already closed puts the partner it took off the map back.</summary>
    public async Task<bool> ExemptAfterCloseAsync(AppDbContext db, int partnerId, MapMonth month, string? actorId, string actorName, CancellationToken cancellationToken = default)
    {
        var removedForMonth = await db.MapStatusChanges.Where(c => c.PartnerId == partnerId).OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Select(c => new { c.Reason, c.Month }).FirstOrDefaultAsync(cancellationToken);
        if (removedForMonth?.Reason != MapStatusReason.NoVisit || removedForMonth.Month != month.First
            || await db.Partners.Where(p => p.Id == partnerId && p.MapStatus == MapStatus.OffMap)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.MapStatus, MapStatus.OnMap), cancellationToken) == 0)
        {
            return false;
        }

        db.MapStatusChanges.Add(new MapStatusChange
        {
            PartnerId = partnerId, OldStatus = MapStatus.OffMap, NewStatus = MapStatus.OnMap, Month = month.First,
            Reason = MapStatusReason.Exemption, ActorId = actorId, ActorName = actorName, At = clock.GetUtcNow(),
        });
        return true;
    }

    /// <summary>The decisive query of a month close: the ids of the partners on the map that go off. A completed
    /// visit since the month began counts (a partner that already hosted one this month stays). Internal for the
    /// month-close bench, which times it alone beside the close.</summary>
    internal const string DueSql = """
        SELECT p.id FROM partners p
        WHERE p.map_status = 'on_map'
          AND p.joined_on < @grace_from
          AND NOT EXISTS (SELECT 1 FROM partner_exemptions e WHERE e.partner_id = p.id AND e.month = @month)
          AND NOT EXISTS (SELECT 1 FROM bookings b
                          WHERE b.partner_id = p.id AND b.state = 'completed' AND b.starts_at >= @from)
        """;

    /// <summary>Partners at risk in a running month: no confirmed or completed visit in it yet.</summary>
    private const string AtRiskSql = """
        SELECT p.id FROM partners p
        WHERE p.map_status = 'on_map'
          AND p.joined_on < @grace_from
          AND NOT EXISTS (SELECT 1 FROM partner_exemptions e WHERE e.partner_id = p.id AND e.month = @month)
          AND NOT EXISTS (SELECT 1 FROM bookings b
                          WHERE b.partner_id = p.id AND b.state IN ('confirmed', 'completed') AND b.starts_at >= @from AND b.starts_at < @to)
        """;

    // Whole statements as compile-time constants: the shared fragments are joined with +, never interpolated, and
    // every value is a named parameter (ADR 0023).
    private const string DuePartnersSql =
        "SELECT p.id AS \"Id\", p.name AS \"Name\", p.slug AS \"Slug\" FROM (" + DueSql + ") due JOIN partners p ON p.id = due.id ORDER BY p.name";

    private const string AtRiskPartnersSql =
        "SELECT p.id AS \"Id\", p.name AS \"Name\", p.slug AS \"Slug\" FROM (" + AtRiskSql + ") due JOIN partners p ON p.id = due.id ORDER BY p.name";

    private const string CloseSql = "WITH due AS (" + DueSql + "), " + """
        off AS (
            UPDATE partners SET map_status = 'off_map'
            FROM due WHERE partners.id = due.id AND partners.map_status = 'on_map'
            RETURNING partners.id, partners.name, partners.slug),
        history AS (
            INSERT INTO map_status_changes (partner_id, old_status, new_status, month, reason, actor_id, actor_name, at)
            SELECT id, 'on_map', 'off_map', @month, 'no_visit', @actor_id, @actor_name, @now FROM off)
        SELECT id AS "Id", name AS "Name", slug AS "Slug" FROM off ORDER BY name
        """;

    private const string WarnSql = "WITH due AS (" + AtRiskSql + "), " + """
        warned AS (
            UPDATE partners SET map_warned_month = @month
            FROM due WHERE partners.id = due.id AND partners.map_status = 'on_map' AND partners.map_warned_month IS DISTINCT FROM @month
            RETURNING partners.id, partners.name, partners.slug)
        SELECT id AS "Id", name AS "Name", slug AS "Slug" FROM warned ORDER BY name
        """;

    /// <remarks>@to is unused by the close (a later completed visit counts too) but shared with the warning.</remarks>
    internal static Npgsql.NpgsqlParameter[] Parameters(MapMonth month) =>
    [
        new("month", month.First),
        new("grace_from", month.GraceFrom),
        new("from", month.From),
        new("to", month.To),
    ];
}
