using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>A school's requests: posting one (partners that asked for it hear of it at once), and taking one back
/// (partners that answered hear that too). Each change and its mails are one transaction.</summary>
public sealed class DemandRequests(IDbContextFactory<AppDbContext> dbFactory, DemandMails mails, TimeProvider clock)
{
    public const string NotOpen = "RequestNotOpen";

    public async Task<Outcome<int>> PostAsync(DemandRequestInput input, Applicant teacher, CancellationToken cancellationToken = default)
    {
        var today = AmsterdamTime.Today(clock);
        var errors = input.Check(today).ToList();
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = input.ToRequest(teacher.SchoolId, teacher.UserId, clock.GetUtcNow());
        db.DemandRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await NotifyImmediateSubscribersAsync(db, request.Id, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return request.Id;
    }

    /// <summary>The school takes its open request back; the open offers close, and their partners hear it kindly.</summary>
    public async Task<string?> WithdrawAsync(int requestId, Applicant teacher, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var withdrawn = await db.DemandRequests.Where(r => r.Id == requestId && r.SchoolId == teacher.SchoolId && r.State == DemandState.Open)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.State, DemandState.Withdrawn).SetProperty(x => x.ClosedAt, now), cancellationToken);
        if (withdrawn == 0)
        {
            return NotOpen;
        }

        await CloseOpenOffersAsync(db, [requestId], ClosedBecause.Withdrawn, now, mails, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Closes the open offers of these requests and queues the friendly mail to each partner concerned;
    /// returns how many each request had.</summary>
    public static async Task<Dictionary<int, int>> CloseOpenOffersAsync(AppDbContext db, IReadOnlyCollection<int> requestIds, ClosedBecause because,
        DateTimeOffset now, DemandMails mails, CancellationToken cancellationToken, int? exceptOfferId = null)
    {
        var closing = await db.DemandOffers.AsNoTracking()
            .Where(o => requestIds.Contains(o.RequestId) && o.State == DemandOfferState.Open && o.Id != exceptOfferId)
            .Select(o => new { o.Id, o.RequestId, o.PartnerId, o.Partner!.Slug }).ToListAsync(cancellationToken);
        if (closing.Count == 0)
        {
            return [];
        }

        var ids = closing.Select(o => o.Id).ToList();
        await db.DemandOffers.Where(o => ids.Contains(o.Id) && o.State == DemandOfferState.Open)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.State, DemandOfferState.Closed).SetProperty(x => x.ClosedAt, now), cancellationToken);
        var facts = (await DemandFacts.LoadAsync(db, closing.Select(o => o.RequestId).Distinct().ToList(), cancellationToken)).ToDictionary(f => f.Id);
        var editors = await DemandFacts.EditorsAsync(db, closing.Select(o => o.PartnerId).Distinct().ToList(), cancellationToken);
        foreach (var offer in closing)
        {
            mails.OfferClosed(db, facts[offer.RequestId], offer.Slug, because, editors[offer.PartnerId]);
        }

        return closing.GroupBy(o => o.RequestId).ToDictionary(g => g.Key, g => g.Count());
    }

    private async Task NotifyImmediateSubscribersAsync(AppDbContext db, int requestId, DateOnly today, CancellationToken cancellationToken)
    {
        var fits = await DemandMatching.FitsAsync(db, today, requestId: requestId, cancellationToken: cancellationToken);
        var fitting = fits.Select(f => f.PartnerId).ToList();
        var subscribers = await db.DemandSubscriptions.AsNoTracking()
            .Where(s => s.Frequency == DemandMailFrequency.Immediate && fitting.Contains(s.PartnerId))
            .Select(s => new { s.PartnerId, s.Partner!.Slug }).ToListAsync(cancellationToken);
        if (subscribers.Count == 0)
        {
            return;
        }

        var facts = await DemandFacts.LoadAsync(db, requestId, cancellationToken);
        var editors = await DemandFacts.EditorsAsync(db, subscribers.Select(s => s.PartnerId).ToList(), cancellationToken);
        foreach (var subscriber in subscribers)
        {
            var distance = fits.First(f => f.PartnerId == subscriber.PartnerId).DistanceMeters;
            mails.NewRequest(db, facts, subscriber.Slug, distance, editors[subscriber.PartnerId]);
        }
    }

    /// <summary>A partner's choice of mail about new requests; "none" removes the subscription. One statement each, so
    /// a double click (two posts at once) cannot insert the row twice: the second finds the first's row and leaves it.</summary>
    public async Task SubscribeAsync(int partnerId, DemandMailFrequency frequency, System.Security.Claims.ClaimsPrincipal editor, string partnerName, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // from weekly to at once or back, "since" restarts: what came before now was mailed or shown already
        var changed = frequency == DemandMailFrequency.None
            ? await db.DemandSubscriptions.Where(s => s.PartnerId == partnerId).ExecuteDeleteAsync(cancellationToken)
            : await db.Database.ExecuteSqlAsync($"""
                INSERT INTO demand_subscriptions (partner_id, frequency, since)
                VALUES ({partnerId}, {(frequency == DemandMailFrequency.Immediate ? "immediate" : "weekly")}::demand_mail_frequency, {now})
                ON CONFLICT (partner_id) DO UPDATE SET frequency = excluded.frequency, since = excluded.since
                WHERE demand_subscriptions.frequency <> excluded.frequency
                """, cancellationToken);
        if (changed > 0)
        {
            Infrastructure.Audit.AuditLog.Record(db, editor, "Mail over vragen ingesteld", $"{partnerName}: {DemandLabels.Of(frequency)}", partnerId);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
