using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data.Family;

/// <summary>A kids' party a partner offers in its TechLab or practice room, on a Wednesday afternoon or in the
/// weekend, with room for a number of children. Like a school slot (ADR 0009) the booked count changes only in
/// the statement that checks it, and a check constraint keeps it within the capacity.</summary>
public sealed class PartySlot
{
    public int Id { get; set; }
    public int SiteId { get; set; }
    public Site? Site { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public int MinAge { get; set; }
    public int MaxAge { get; set; }
    public int CapacityChildren { get; set; }
    public int BookedChildren { get; set; }

    /// <summary>Closed by the partner: no new bookings, existing ones stay.</summary>
    public bool Closed { get; set; }
}

public enum PartyBookingState
{
    /// <summary>Places held for 30 minutes until the parent confirms through the link in the mail.</summary>
    Held,

    /// <summary>Confirmed by the parent; waiting for the partner.</summary>
    Requested,
    Confirmed,
    Declined,
    Cancelled,

    /// <summary>Not confirmed by the parent in time; the places went back.</summary>
    Expired,
}

/// <summary>A parent's booking of a kids' party, made without an account. No children's names: a number and an
/// age range. The parent's name, e-mail and phone are erased 30 days after the party.</summary>
public sealed class PartyBooking
{
    public int Id { get; set; }
    public int PartySlotId { get; set; }
    public PartySlot? PartySlot { get; set; }
    public PartyBookingState State { get; set; }
    public string? ParentName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public int Children { get; set; }
    public int AgeFrom { get; set; }
    public int AgeTo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset HeldUntil { get; set; }
    public DateTimeOffset? ParentConfirmedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>When the parent's personal data was erased (30 days after the party).</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    /// <summary>A message from the partner with its answer (what to bring, why not).</summary>
    public string? PartnerMessage { get; set; }

    /// <summary>PostgreSQL's xmin: a parent cancelling while the partner answers cannot both win.</summary>
    public uint Version { get; set; }
}
