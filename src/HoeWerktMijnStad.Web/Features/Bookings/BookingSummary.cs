using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>A booking as the lists show it.</summary>
public sealed record BookingSummary(
    int Id, BookingState State, string Activity, string Partner, string School, EducationLevel Level, int ClassYear, int Pupils,
    DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, List<DateTimeOffset> DateOptions, DateTimeOffset CreatedAt)
{
    /// <summary>Messages of the other side the reader has not seen.</summary>
    public int Unread { get; init; }

    /// <summary>The partner proposed another date: the school answers now.</summary>
    public bool Proposed { get; init; }

    /// <summary>When the partner must have answered an open request (null once answered, or after a proposal).</summary>
    public DateTimeOffset? AnswerBefore => State == BookingState.Requested && !Proposed
        ? BookingRequests.AnswerBefore(CreatedAt, StartsAt ?? (DateOptions.Count > 0 ? DateOptions.Min() : null))
        : null;

    public string When => StartsAt is { } start && EndsAt is { } end
        ? BookingLabels.When(start, end)
        : "Voorgesteld: " + string.Join("; ", DateOptions.Select(BookingLabels.When));
}
