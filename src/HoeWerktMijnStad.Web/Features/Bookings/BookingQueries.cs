using System.Linq.Expressions;
using HoeWerktMijnStad.Data.Bookings;

namespace HoeWerktMijnStad.Web.Features.Bookings;

public static class BookingQueries
{
    public static readonly Expression<Func<Booking, BookingSummary>> Summary = b => new BookingSummary(
        b.Id, b.State, b.Activity!.Title, b.Partner!.Name, b.School!.Name, b.Level, b.ClassYear, b.Pupils,
        b.StartsAt, b.EndsAt, b.DateOptions, b.CreatedAt);

    /// <summary>What needs an answer first, then what comes soonest, then the rest newest first.</summary>
    public static IQueryable<Booking> InWorkOrder(this IQueryable<Booking> bookings) => bookings
        .OrderBy(b => b.State == BookingState.Requested ? 0 : b.State == BookingState.Confirmed ? 1 : 2)
        .ThenBy(b => b.State == BookingState.Confirmed ? b.StartsAt : null)
        .ThenByDescending(b => b.CreatedAt);
}
