using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Embeds;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Embeds;

/// <summary>Counts the embeds' views and followed links per day, partner and embed: one upsert on the day's row, so
/// parallel requests on several nodes add up. Nothing about the visitor is read or kept (no cookie, no address).</summary>
public sealed class EmbedStats(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int DashboardDays = 30;

    public sealed record Totals(EmbedKind Kind, int Views, int Clicks);

    public Task CountViewAsync(int? partnerId, EmbedKind kind, CancellationToken cancellationToken = default) =>
        AddAsync(partnerId, kind, 1, 0, cancellationToken);

    public Task CountClickAsync(int? partnerId, EmbedKind kind, CancellationToken cancellationToken = default) =>
        AddAsync(partnerId, kind, 0, 1, cancellationToken);

    /// <summary>A partner's embeds over the last <see cref="DashboardDays"/> days, per embed.</summary>
    public async Task<IReadOnlyList<Totals>> ForPartnerAsync(int partnerId, CancellationToken cancellationToken = default)
    {
        var since = AmsterdamTime.Today(clock).AddDays(-(DashboardDays - 1));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.EmbedDays.AsNoTracking().Where(d => d.PartnerId == partnerId && d.Day >= since)
            .GroupBy(d => d.Kind).Select(g => new { g.Key, Views = g.Sum(d => d.Views), Clicks = g.Sum(d => d.Clicks) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Totals(r.Key, r.Views, r.Clicks)).OrderBy(t => t.Kind).ToList();
    }

    private async Task AddAsync(int? partnerId, EmbedKind kind, int views, int clicks, CancellationToken cancellationToken)
    {
        var day = AmsterdamTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO embed_days (day, partner_id, kind, views, clicks) VALUES ({day}, {partnerId}, {kind}, {views}, {clicks})
            ON CONFLICT (day, partner_id, kind) DO UPDATE SET views = embed_days.views + excluded.views, clicks = embed_days.clicks + excluded.clicks
            """, cancellationToken);
    }
}
