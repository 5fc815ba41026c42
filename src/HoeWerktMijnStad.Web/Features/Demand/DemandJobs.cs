using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>The demand side's background steps, run by Hangfire and callable from tests with a set clock. Each is
/// one set-based statement that changes only what is still due (so a second run, or two servers at once, find
/// nothing more to do), with its mails queued in the same transaction.</summary>
public sealed class DemandJobs(IDbContextFactory<AppDbContext> dbFactory, DemandMails mails, TimeProvider clock, ILogger<DemandJobs> logger)
{
    public const string JobId = "vraag-en-aanbod";

    public const string DigestJobId = "vraag-en-aanbod-weekoverzicht";

    /// <summary>A request that no partner answered this long after it was posted is brought to the programme leader.</summary>
    public static readonly TimeSpan UnansweredAfter = TimeSpan.FromDays(10);

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var expired = await ExpireAsync(cancellationToken);
        var flagged = await FlagUnansweredAsync(cancellationToken);
        logger.LogInformation("Demand: {Expired} requests expired, {Flagged} brought to the programme leader.", expired.Count, flagged.Count);
    }

    /// <summary>Open requests whose period has ended (Europe/Amsterdam) expire; their open offers close; the
    /// teacher and the partners that answered hear of it.</summary>
    public async Task<IReadOnlyList<int>> ExpireAsync(CancellationToken cancellationToken = default)
    {
        var (today, now) = (AmsterdamTime.Today(clock), clock.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var expired = await db.Database.SqlQuery<int>($"""
            UPDATE demand_requests SET state = 'expired', closed_at = {now}
            WHERE state = 'open' AND period_end < {today}
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        if (expired.Count == 0)
        {
            return [];
        }

        var offers = await DemandRequests.CloseOpenOffersAsync(db, expired, ClosedBecause.Expired, now, mails, cancellationToken);
        foreach (var request in await DemandFacts.LoadAsync(db, expired, cancellationToken))
        {
            mails.Expired(db, request, offers.GetValueOrDefault(request.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return expired;
    }

    /// <summary>Open requests without any offer ten days after they were posted are flagged once, and the
    /// programme leaders get one mail listing them (/beheer/vragen shows them too).</summary>
    public async Task<IReadOnlyList<int>> FlagUnansweredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var postedBefore = now - UnansweredAfter;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var flagged = await db.Database.SqlQuery<int>($"""
            UPDATE demand_requests r SET flagged_at = {now}
            WHERE r.state = 'open' AND r.flagged_at IS NULL AND r.created_at <= {postedBefore}
              AND NOT EXISTS (SELECT 1 FROM demand_offers o WHERE o.request_id = r.id)
            RETURNING r.id AS "Value"
            """).ToListAsync(cancellationToken);
        if (flagged.Count == 0)
        {
            return [];
        }

        mails.Unanswered(db, await DemandFacts.LoadAsync(db, flagged, cancellationToken), await DemandFacts.LeadersAsync(db, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return flagged;
    }

    /// <summary>Monday's digest: each partner with a weekly subscription gets one mail with the open requests that
    /// fit it and were posted since its last digest. The due subscriptions are locked and moved on in the same
    /// transaction, so a second run that week finds none due.</summary>
    public async Task<int> SendWeeklyDigestsAsync(CancellationToken cancellationToken = default)
    {
        var (today, now) = (AmsterdamTime.Today(clock), clock.GetUtcNow());
        var dueBefore = now.AddDays(-6);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Database.SqlQuery<DueDigest>($"""
            SELECT partner_id AS "PartnerId", since AS "Since" FROM demand_subscriptions
            WHERE frequency = 'weekly' AND (last_digest_at IS NULL OR last_digest_at <= {dueBefore})
            FOR UPDATE
            """).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var since = due.ToDictionary(d => d.PartnerId, d => d.Since);
        var fits = (await DemandMatching.FitsAsync(db, today, cancellationToken: cancellationToken)).Where(f => since.ContainsKey(f.PartnerId)).ToList();
        var requestIds = fits.Select(f => f.RequestId).Distinct().ToList();
        var posted = await db.DemandRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.CreatedAt, cancellationToken);
        var news = fits.Where(f => posted[f.RequestId] > since[f.PartnerId]).GroupBy(f => f.PartnerId).ToList();
        var facts = (await DemandFacts.LoadAsync(db, news.SelectMany(g => g.Select(f => f.RequestId)).Distinct().ToList(), cancellationToken)).ToDictionary(f => f.Id);
        var partnerIds = news.Select(g => g.Key).ToList();
        var partners = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new { p.Name, p.Slug }, cancellationToken);
        var editors = await DemandFacts.EditorsAsync(db, partnerIds, cancellationToken);
        foreach (var partner in news)
        {
            var requests = partner.OrderBy(f => f.DistanceMeters).Select(f => facts[f.RequestId]).ToList();
            mails.WeeklyDigest(db, partners[partner.Key].Name, partners[partner.Key].Slug, requests, editors[partner.Key]);
        }

        var dueIds = since.Keys.ToList();
        await db.DemandSubscriptions.Where(s => dueIds.Contains(s.PartnerId))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastDigestAt, now).SetProperty(x => x.Since, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demand digest: {Mailed} of {Due} weekly subscribers had new requests.", news.Count, due.Count);
        return news.Count;
    }

    private sealed record DueDigest(int PartnerId, DateTimeOffset Since);
}
