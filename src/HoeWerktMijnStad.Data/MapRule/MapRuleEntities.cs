using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data.MapRule;

public enum MapStatusReason
{
    /// <summary>No completed school visit in the month: off the map at the month's close.</summary>
    NoVisit,

    /// <summary>A school visit was completed: back on the map.</summary>
    VisitCompleted,

    /// <summary>The programme leader granted an exemption.</summary>
    Exemption,

    /// <summary>Set by hand by the programme leader.</summary>
    Manual,

    /// <summary>The programme leader undid the month close that took the partner off the map.</summary>
    CloseUndone,
}

/// <summary>One line of a partner's map-status history: old and new status, the month it concerns, why, and who.</summary>
public sealed class MapStatusChange
{
    public long Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public MapStatus OldStatus { get; set; }
    public MapStatus NewStatus { get; set; }

    /// <summary>The first day of the month the change concerns.</summary>
    public DateOnly Month { get; set; }

    public MapStatusReason Reason { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A month in which the rule does not remove anyone (school holidays): every year (Year null) or one year.</summary>
public sealed class MapExemptMonth
{
    public int Id { get; set; }
    public int? Year { get; set; }
    public int Month { get; set; }
    public string Reason { get; set; } = "";
}

/// <summary>The programme leader's exemption of one partner for one month, with a reason.</summary>
public sealed class PartnerExemption
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }

    /// <summary>The first day of the exempt month.</summary>
    public DateOnly Month { get; set; }

    public required string Reason { get; set; }
    public string? GrantedById { get; set; }
    public required string GrantedByName { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A month that has been closed: written in the close's own transaction, so a month closes once.</summary>
public sealed class MapMonthClose
{
    /// <summary>The first day of the closed month.</summary>
    public DateOnly Month { get; set; }

    public DateTimeOffset ClosedAt { get; set; }
    public required string ClosedBy { get; set; }
    public int Removed { get; set; }
}
