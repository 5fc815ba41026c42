using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>A booking as the lists show it.</summary>
public sealed record BookingSummary(
    int Id, BookingState State, string Activity, string Partner, string School, EducationLevel Level, int ClassYear, int Pupils,
    DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, List<DateTimeOffset> DateOptions, DateTimeOffset CreatedAt)
{
    public string When => StartsAt is { } start && EndsAt is { } end
        ? BookingLabels.When(start, end)
        : "Voorgesteld: " + string.Join("; ", DateOptions.Select(BookingLabels.When));
}
