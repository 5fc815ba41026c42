using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Family;
using HoeWerktMijnStad.Web.Features.Bookings;
using System.Globalization;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Calendars;

/// <summary>What each feed holds, as calendar events for the one writer (<see cref="BookingCalendar.Write"/>). A public
/// feed (the agenda's events, when the agenda exists) is one more method here and one line in the endpoints.</summary>
public sealed class CalendarFeedContents(IDbContextFactory<AppDbContext> dbFactory, BookingMails mails, SiteMail site, TimeProvider clock)
{
    /// <summary>Visits from this long ago stay in a feed; older ones drop out.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(365);

    /// <summary>The school's visits as their invitations show them: confirmed and done ones, and cancelled ones that had
    /// been confirmed (with their raised SEQUENCE and STATUS:CANCELLED, so a subscribed calendar drops them).</summary>
    public async Task<List<CalendarEvent>> SchoolAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await VisitsAsync(db.Bookings.Where(b => b.SchoolId == schoolId), mails.SchoolLink, cancellationToken);
    }

    /// <summary>The partner's visits, and its kids' parties with confirmed children (a count, no parent's details).</summary>
    public async Task<List<CalendarEvent>> PartnerAsync(int partnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var events = await VisitsAsync(db.Bookings.Where(b => b.PartnerId == partnerId), mails.PartnerLink, cancellationToken);
        var since = clock.GetUtcNow() - History;
        var parties = await db.PartySlots.AsNoTracking().Where(s => s.Site!.PartnerId == partnerId && s.StartsAt >= since)
            .Select(s => new
            {
                s.Id, s.Title, s.StartsAt, s.EndsAt, s.MinAge, s.MaxAge, Site = s.Site!.Name, s.Site.Address, s.Site.City, s.Site.Location,
                Children = db.PartyBookings.Where(b => b.PartySlotId == s.Id && b.State == PartyBookingState.Confirmed).Sum(b => (int?)b.Children) ?? 0,
            })
            .Where(p => p.Children > 0).OrderBy(p => p.StartsAt).ToListAsync(cancellationToken);
        events.AddRange(parties.Select(p => new CalendarEvent(
            $"kinderfeestje-{p.Id}@hoewerktmijnstad.nl", 0, p.StartsAt, p.EndsAt, $"Kinderfeestje: {p.Title}",
            $"{p.Children} kinderen van {p.MinAge} tot {p.MaxAge} jaar.\nBekijk de aanmeldingen: {site.Link("/partner/kinderfeestjes")}",
            $"{p.Site}, {p.Address}, {p.City}", p.Location.Y, p.Location.X, site.Link("/partner/kinderfeestjes"))));
        return events;
    }

    /// <summary>A partner's free bookable times, public: what a school could still book. Empty for an unknown partner.</summary>
    public async Task<(string? Partner, List<CalendarEvent> Events)> OpenTimesAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partner = await db.Partners.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(cancellationToken);
        if (partner is null)
        {
            return (null, []);
        }

        var slots = await db.Slots.AsNoTracking().Free(clock.GetUtcNow())
            .Where(s => s.Activity!.PartnerId == partner.Id && s.Activity.Type != Data.Catalogue.ActivityType.KidsParty)
            .OrderBy(s => s.StartsAt)
            .Select(s => new
            {
                s.Id, s.StartsAt, s.EndsAt, s.ActivityId, s.Activity!.Title, Free = s.CapacityPupils - s.BookedPupils,
                Place = s.Activity.Site != null ? new { s.Activity.Site.Name, s.Activity.Site.Address, s.Activity.Site.City, s.Activity.Site.Location }
                    : s.Activity.Worksite != null ? new { Name = s.Activity.Worksite.Title, s.Activity.Worksite.Address, s.Activity.Worksite.City, s.Activity.Worksite.Location }
                    : null,
            }).ToListAsync(cancellationToken);
        return (partner.Name, slots.Select(s => new CalendarEvent(
            $"tijd-{s.Id}@hoewerktmijnstad.nl", 0, s.StartsAt, s.EndsAt, $"Vrij: {s.Title} ({partner.Name})",
            $"Nog plaats voor {s.Free} leerlingen. Boek via {site.Link(string.Create(CultureInfo.InvariantCulture, $"/aanbod/{s.ActivityId}"))}",
            s.Place is null ? "Op school" : $"{s.Place.Name}, {s.Place.Address}, {s.Place.City}", s.Place?.Location.Y, s.Place?.Location.X,
            site.Link(string.Create(CultureInfo.InvariantCulture, $"/aanbod/{s.ActivityId}"))) { Busy = false }).ToList());
    }

    private async Task<List<CalendarEvent>> VisitsAsync(IQueryable<Booking> bookings, Func<int, string> link, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - History;

        // a cancelled visit had been confirmed when it got its checklist (confirmation copies it in)
        var visits = await BookingFacts.LoadManyAsync(bookings.Where(b => b.StartsAt != null && b.EndsAt != null && b.StartsAt >= since
            && (b.State == BookingState.Confirmed || b.State == BookingState.Completed
                || (b.State == BookingState.Cancelled && b.Checklist.Any()))).OrderBy(b => b.StartsAt), cancellationToken);
        return visits.Select(v => BookingCalendar.Visit(v.Facts, v.Sequence, v.State == BookingState.Cancelled, link(v.Facts.Id))).ToList();
    }
}
