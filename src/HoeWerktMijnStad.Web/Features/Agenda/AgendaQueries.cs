using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Agenda;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Agenda;

/// <summary>The agenda's reads: upcoming events, filtered by type and audience (the page, the feed and the map layer).</summary>
public sealed class AgendaQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int FeedDays = 366;

    public async Task<IReadOnlyList<EventFacts>> UpcomingAsync(EventType? type, EventAudience? audience, int? partnerId = null,
        bool onMapOnly = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var until = now.AddDays(FeedDays);
        var events = db.NetworkEvents.AsNoTracking().Where(e => e.EndsAt > now && e.StartsAt < until);
        if (type is not null)
        {
            events = events.Where(e => e.Type == type);
        }

        if (audience is not null)
        {
            // an event for everyone is also for each group
            events = events.Where(e => e.Audience == audience || e.Audience == EventAudience.Everyone);
        }

        if (partnerId is not null)
        {
            events = events.Where(e => e.PartnerId == partnerId);
        }

        if (onMapOnly)
        {
            events = events.Where(e => e.Location != null && e.CancelledAt == null);
        }

        return await EventFacts.ListAsync(events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(500), cancellationToken);
    }

    public async Task<EventFacts?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await EventFacts.FindAsync(db, id, cancellationToken);
    }

    /// <summary>The people signed up for an event, for its publisher: confirmed first, then the waiting list in order.</summary>
    public async Task<IReadOnlyList<(string Name, string Email, EventSignUpState State)>> SignUpsAsync(int eventId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.EventSignUps.AsNoTracking()
            .Where(s => s.EventId == eventId && (s.State == EventSignUpState.Registered || s.State == EventSignUpState.Waiting))
            .OrderBy(s => s.State).ThenBy(s => s.WaitingTurn).ThenBy(s => s.Id)
            .Select(s => new { s.Name, s.Email, s.State }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Name, r.Email, r.State)).ToList();
    }
}
