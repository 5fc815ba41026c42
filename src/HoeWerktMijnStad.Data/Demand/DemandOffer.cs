using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data.Demand;

public enum DemandOfferState
{
    /// <summary>Waiting for the school.</summary>
    Open,

    /// <summary>The school took it: <see cref="DemandOffer.BookingId"/> is the booking.</summary>
    Accepted,

    /// <summary>The school took another offer, or the request expired or was withdrawn.</summary>
    Closed,
}

/// <summary>A partner's answer to a request: one of its activities (perhaps made for this request), one to
/// three dates and a short message.</summary>
public sealed class DemandOffer
{
    public const int MaxDates = 3;

    public int Id { get; set; }
    public int RequestId { get; set; }
    public DemandRequest? Request { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public int ActivityId { get; set; }
    public Activity? Activity { get; set; }

    /// <summary>The start times the partner offers, each within the request's period.</summary>
    public List<DateTimeOffset> Dates { get; set; } = [];

    public string Message { get; set; } = "";
    public DemandOfferState State { get; set; }

    /// <summary>The editor who answered, while the account exists, and their name as it read then.</summary>
    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The booking the accepted offer became.</summary>
    public int? BookingId { get; set; }
    public Booking? Booking { get; set; }
}

public enum DemandMailFrequency
{
    None,
    Immediate,
    Weekly,
}

/// <summary>A partner's wish to hear of new requests that fit it: at once, or in a weekly digest. No row is "none".</summary>
public sealed class DemandSubscription
{
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public DemandMailFrequency Frequency { get; set; }

    /// <summary>From when on requests count as new for this partner: the subscription's start, then each digest.</summary>
    public DateTimeOffset Since { get; set; }

    public DateTimeOffset? LastDigestAt { get; set; }
}
