using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data.Demand;

public enum DemandState
{
    /// <summary>Partners that fit may answer it.</summary>
    Open,

    /// <summary>The school took one of the offers: it became a booking.</summary>
    Accepted,

    /// <summary>Its period ended without an accepted offer.</summary>
    Expired,

    /// <summary>The school took it back.</summary>
    Withdrawn,
}

/// <summary>A teacher's request ("vraag"): what a class is looking for, when and how far it can travel. Partners
/// that fit it answer with offers; the school takes one, which becomes a confirmed booking. A class is a level, a
/// year and a count: no pupil's name. Partners see the school and its district, not the teacher, until they answer.</summary>
public sealed class DemandRequest
{
    public int Id { get; set; }

    public int SchoolId { get; set; }
    public School? School { get; set; }

    /// <summary>The teacher who asked; cleared when they delete their account (the request stays the school's).</summary>
    public string? TeacherId { get; set; }
    public AppUser? Teacher { get; set; }

    /// <summary>What, in a line: "Een bezoek over warmtepompen".</summary>
    public required string Title { get; set; }

    /// <summary>More about it: learning goals, questions, what the class already knows.</summary>
    public string Description { get; set; } = "";

    /// <summary>The kind of activity wanted, or null for any.</summary>
    public ActivityType? ActivityType { get; set; }

    /// <summary>The theme, or null for any.</summary>
    public Theme? Theme { get; set; }

    public EducationLevel Level { get; set; }
    public int ClassYear { get; set; }
    public int Pupils { get; set; }

    /// <summary>The first and last day (Europe/Amsterdam) the visit may take place; the request expires after the last.</summary>
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    /// <summary>Days of the week that suit the class best; empty for any.</summary>
    public List<DayOfWeek> PreferredWeekdays { get; set; } = [];

    /// <summary>How far from the school a partner's site or worksite may be, in kilometres: matching uses it.</summary>
    public int RadiusKm { get; set; }

    /// <summary>How the class travels, in the teacher's words ("met het ov tot 30 minuten").</summary>
    public string TravelNote { get; set; } = "";

    public bool WorksiteWelcome { get; set; }
    public bool TechLabWelcome { get; set; }

    public DemandState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the programme leader was told that no partner has answered it (ten days after it was posted).</summary>
    public DateTimeOffset? FlaggedAt { get; set; }

    /// <summary>When it was accepted, expired or withdrawn.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public List<DemandOffer> Offers { get; set; } = [];
}
