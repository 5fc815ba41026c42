namespace HoeWerktMijnStad.Data.Bookings;

/// <summary>A private calendar feed: a school's or a partner's confirmed visits, read by a calendar program through an
/// address with a long random token. Only the token's SHA-256 is kept; a reset replaces it, so the old address stops
/// at once.</summary>
public sealed class CalendarFeed
{
    public int Id { get; set; }

    /// <summary>Exactly one of the school and the partner owns the feed.</summary>
    public int? SchoolId { get; set; }
    public int? PartnerId { get; set; }

    public required byte[] TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who made the current address (cleared when that account is deleted).</summary>
    public string? CreatedById { get; set; }
}
