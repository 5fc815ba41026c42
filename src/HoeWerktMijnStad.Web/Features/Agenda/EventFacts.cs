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
    int Capacity, int Registered, int Sequence)
{
    public int PlacesLeft => Capacity - Registered;

    public string When => BookingLabels.When(StartsAt, EndsAt);

    public string Host => Partner ?? "Hoe Werkt Mijn Stad";

    public string Where => Place ?? "Online";

    public static IQueryable<EventFacts> Select(IQueryable<NetworkEvent> events) => events.Select(e => new EventFacts(
        e.Id, e.Title, e.Description, e.Type, e.Audience, e.Partner!.Name, e.Partner.Slug, e.StartsAt, e.EndsAt, e.Place,
        e.Location == null ? null : e.Location.Y, e.Location == null ? null : e.Location.X, e.OnlineLink,
        e.Capacity, e.Registered, e.Sequence));

    public static Task<EventFacts?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        Select(db.NetworkEvents.AsNoTracking().Where(e => e.Id == id)).SingleOrDefaultAsync(cancellationToken);
}
