using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Family;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Family.Parties;

/// <summary>A party booking with its slot, place and partner, as the pages and mails show it.</summary>
public sealed record PartyFacts(
    int Id,
    PartyBookingState State,
    string? ParentName,
    string? Email,
    string? Phone,
    int Children,
    int AgeFrom,
    int AgeTo,
    DateTimeOffset HeldUntil,
    string? PartnerMessage,
    int SlotId,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Place,
    string Address,
    int PartnerId,
    string Partner,
    string PartnerSlug)
{
    /// <summary>In every mail's subject, so the mails can be found and erased with the booking's personal data.</summary>
    public string Reference => $"K{Id}";

    public string When => Bookings.BookingLabels.When(StartsAt);

    public static Task<PartyFacts?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        (from b in db.PartyBookings.AsNoTracking()
        where b.Id == id
        join s in db.PartySlots on b.PartySlotId equals s.Id
        join site in db.Sites on s.SiteId equals site.Id
        join p in db.Partners on site.PartnerId equals p.Id
        select new PartyFacts(b.Id, b.State, b.ParentName, b.Email, b.Phone, b.Children, b.AgeFrom, b.AgeTo, b.HeldUntil,
            b.PartnerMessage, s.Id, s.Title, s.StartsAt, s.EndsAt, site.Name, site.Address + ", " + site.City, p.Id, p.Name, p.Slug))
        .FirstOrDefaultAsync(cancellationToken);
}
