using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Family.Parties;

/// <summary>A party as the public list shows it.</summary>
public sealed record PartyListing(int Id, string Title, string Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int MinAge, int MaxAge,
    int PlacesLeft, string Place, string Address, string Partner, string PartnerSlug);

/// <summary>The kids' parties partners offer: only in a TechLab or practice room, and publicly listed only while the
/// partner is on the map (like its other places).</summary>
public sealed class PartySlots(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public static readonly SiteKind[] PartyRooms = [SiteKind.TechLab, SiteKind.PracticeRoom];

    public async Task<List<PartyListing>> UpcomingAsync(int? slotId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var bookableUntil = clock.GetUtcNow() + PartyBookings.LeadTime;
        var slots = db.PartySlots.AsNoTracking().Where(s => !s.Closed && s.StartsAt > bookableUntil && s.Site!.Partner!.MapStatus == MapStatus.OnMap);
        if (slotId is { } id)
        {
            slots = slots.Where(s => s.Id == id);
        }

        return await slots.OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Select(s => new PartyListing(s.Id, s.Title, s.Description, s.StartsAt, s.EndsAt, s.MinAge, s.MaxAge, s.CapacityChildren - s.BookedChildren,
                s.Site!.Name, s.Site.Address + ", " + s.Site.City, s.Site.Partner!.Name, s.Site.Partner.Slug))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The partner's rooms where parties can be held.</summary>
    public async Task<List<(int Id, string Name)>> RoomsAsync(int partnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.Sites.AsNoTracking().Where(s => s.PartnerId == partnerId && PartyRooms.Contains(s.Kind)).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken)).Select(s => (s.Id, s.Name)).ToList();
    }

    /// <summary>Adds a party in one of the partner's rooms; the refusal in Dutch, or null when it was added. The times
    /// are checked as instants, since a wall-clock check is off by an hour on the nights the clocks change.</summary>
    public async Task<string?> AddAsync(int partnerId, PartySlotInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Sites.AnyAsync(s => s.Id == input.SiteId && s.PartnerId == partnerId && PartyRooms.Contains(s.Kind), cancellationToken))
        {
            return "Kies een TechLab of praktijklokaal van jezelf.";
        }

        var (startsAt, endsAt) = (AmsterdamTime.ToInstant(input.Date!.Value, input.Start!.Value), AmsterdamTime.ToInstant(input.Date!.Value, input.End!.Value));
        if (startsAt <= clock.GetUtcNow() + PartyBookings.LeadTime)
        {
            return "Kies een datum minstens twee dagen vooruit: ouders boeken tot twee dagen van tevoren.";
        }

        if (endsAt <= startsAt || endsAt - startsAt > TimeSpan.FromHours(6))
        {
            return "De eindtijd ligt na de begintijd, en een feestje duurt hoogstens 6 uur.";
        }

        var slot = new PartySlot
        {
            SiteId = input.SiteId,
            Title = input.Title!.Trim(),
            Description = input.Description!.Trim(),
            StartsAt = startsAt,
            EndsAt = endsAt,
            MinAge = input.MinAge,
            MaxAge = input.MaxAge,
            CapacityChildren = input.CapacityChildren,
        };
        db.PartySlots.Add(slot);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Closes a party to new bookings; the bookings it has stay.</summary>
    public async Task<bool> CloseAsync(int partnerId, int slotId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PartySlots.Where(s => s.Id == slotId && s.Site!.PartnerId == partnerId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Closed, true), cancellationToken) == 1;
    }

    /// <summary>The partner's parties from a week ago on, with their bookings (the parent's contact details only
    /// once the parent confirmed the booking).</summary>
    public async Task<List<(PartySlot Slot, List<PartyBooking> Bookings)>> OfPartnerAsync(int partnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = clock.GetUtcNow().AddDays(-7);
        var slots = await db.PartySlots.AsNoTracking().Include(s => s.Site).Where(s => s.Site!.PartnerId == partnerId && s.EndsAt > since)
            .OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var ids = slots.Select(s => s.Id).ToList();
        var bookings = await db.PartyBookings.AsNoTracking()
            .Where(b => ids.Contains(b.PartySlotId) && b.ParentConfirmedAt != null)
            .OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        return slots.Select(s => (s, bookings.Where(b => b.PartySlotId == s.Id).ToList())).ToList();
    }
}
