using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Agenda;
using HoeWerktMijnStad.Web.Features.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Agenda;

/// <summary>An event as pages, mails and calendars show it. <see cref="OnlineLink"/> is only ever shown to someone
/// whose place is confirmed.</summary>
public sealed record EventFacts(
    int Id, string Title, string Description, EventType Type, EventAudience Audience, string? Partner, string? PartnerSlug,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place, double? Latitude, double? Longitude, string? OnlineLink,
    int Capacity, int Registered, int Sequence, DateTimeOffset? CancelledAt = null, string? CancelReason = null, DateTimeOffset? UpdatedAt = null)
{
    public bool IsCancelled => CancelledAt is not null;

    public int PlacesLeft => Capacity - Registered;

    public string When => BookingLabels.When(StartsAt, EndsAt);

    public string Host => Partner ?? "Hoe Werkt Mijn Stad";

    public string Where => Place ?? "Online";

    /// <summary>Reads the events; the point comes back whole (geography has no ST_X/ST_Y) and is split here.</summary>
    public static async Task<List<EventFacts>> ListAsync(IQueryable<NetworkEvent> events, CancellationToken cancellationToken)
    {
        var rows = await events.Select(e => new
        {
            e.Id, e.Title, e.Description, e.Type, e.Audience, e.CreatedAt, Partner = e.Partner!.Name, PartnerSlug = e.Partner.Slug, e.StartsAt, e.EndsAt, e.Place,
            e.Location, e.OnlineLink, e.Capacity, e.Registered, e.Sequence, e.CancelledAt, e.CancelReason, e.UpdatedAt,
        }).ToListAsync(cancellationToken);
        return rows.Select(r => new EventFacts(r.Id, r.Title, r.Description, r.Type, r.Audience, r.Partner, r.PartnerSlug, r.StartsAt, r.EndsAt,
            r.Place, r.Location?.Y, r.Location?.X, r.OnlineLink, r.Capacity, r.Registered, r.Sequence, r.CancelledAt, r.CancelReason,
            r.UpdatedAt ?? r.CreatedAt)).ToList();
    }

    public static async Task<EventFacts?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        (await ListAsync(db.NetworkEvents.AsNoTracking().Where(e => e.Id == id), cancellationToken)).SingleOrDefault();
}
