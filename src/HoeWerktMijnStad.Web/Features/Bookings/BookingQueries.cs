using System.Linq.Expressions;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>The rules the list, the activity page and the form must agree on, written once.</summary>
public static class BookingQueries
{
    /// <summary>Bookable: not a kids' party (families book those without an account). A partner off the map
    /// stays bookable through its own page's link: a completed visit brings it back on the map (issue 5).</summary>
    public static IQueryable<Activity> Bookable(this IQueryable<Activity> activities) =>
        activities.Where(a => a.Type != ActivityType.KidsParty);

    /// <summary>Listed in /aanbod: bookable, of a partner on the map.</summary>
    public static IQueryable<Activity> Listed(this IQueryable<Activity> activities) =>
        activities.Bookable().Where(a => a.Partner!.MapStatus == MapStatus.OnMap);

    public static readonly Expression<Func<Activity, BookableActivity>> ToBookable = a => new BookableActivity(
        a.Id, a.PartnerId, a.Title, a.Partner!.Name, a.Partner.Slug, a.Type, a.BookingMode,
        a.MinGroupSize, a.MaxGroupSize, a.DurationMinutes, a.Levels,
        a.Site != null ? a.Site.Name + ", " + a.Site.City : a.Worksite != null ? a.Worksite.Title + ", " + a.Worksite.City : "Op school");

    /// <summary>Open for a request: not closed, starting no earlier than <paramref name="earliest"/>
    /// (<see cref="BookingRequests.EarliestStart"/>), room for at least one more pupil and group.</summary>
    public static IQueryable<Slot> Free(this IQueryable<Slot> slots, DateTimeOffset earliest) =>
        slots.Where(s => !s.Closed && s.StartsAt >= earliest && s.BookedPupils < s.CapacityPupils && s.BookedGroups < s.CapacityGroups);

    public static readonly Expression<Func<Slot, FreeSlot>> ToFreeSlot = s =>
        new FreeSlot(s.Id, s.StartsAt, s.EndsAt, s.CapacityPupils - s.BookedPupils, s.CapacityGroups - s.BookedGroups);

    public static readonly Expression<Func<Booking, BookingSummary>> Summary = b => new BookingSummary(
        b.Id, b.State, b.Activity!.Title, b.Partner!.Name, b.School!.Name, b.Level, b.ClassYear, b.Pupils,
        b.StartsAt, b.EndsAt, b.DateOptions, b.CreatedAt) { Proposed = b.ProposedStartsAt != null };

    /// <summary>What needs an answer first, then what comes soonest, then the rest newest first.</summary>
    public static IQueryable<Booking> InWorkOrder(this IQueryable<Booking> bookings) => bookings
        .OrderBy(b => b.State == BookingState.Requested ? 0 : b.State == BookingState.Confirmed ? 1 : 2)
        .ThenBy(b => b.State == BookingState.Confirmed ? b.StartsAt : null)
        .ThenByDescending(b => b.CreatedAt);
}
