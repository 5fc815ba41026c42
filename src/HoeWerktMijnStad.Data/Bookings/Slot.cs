using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data.Bookings;

/// <summary>A fixed time at which an activity can be booked, with room for a number of pupils and of groups.
/// The booked counters change only in the same statement that checks them, and a check constraint keeps them
/// within the capacity: the database, not the page, refuses an overbooking.</summary>
public sealed class Slot
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public int CapacityPupils { get; set; }
    public int CapacityGroups { get; set; }
    public int BookedPupils { get; set; }
    public int BookedGroups { get; set; }

    /// <summary>Closed by the partner: no new requests, existing bookings stay.</summary>
    public bool Closed { get; set; }
}
