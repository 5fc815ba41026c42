using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data.Bookings;

public enum BookingState
{
    Requested,
    Confirmed,
    Completed,
    Declined,
    Cancelled,
    Expired,
    NotHappened,
}

public enum TravelMode
{
    Walking,
    Bike,
    PublicTransport,
    Coach,
    Car,
}

/// <summary>A class's visit to a partner's activity: a teacher's request through the application form, and
/// everything that happens to it afterwards. A class is a level, a year and a count: no pupil's name.</summary>
public sealed class Booking
{
    public int Id { get; set; }

    /// <summary>Chosen by the form when it is shown: a second post of the same form finds this booking instead
    /// of creating another.</summary>
    public Guid RequestKey { get; set; }

    public int ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    /// <summary>The teacher who applied; cleared when they delete their account (the booking stays the school's).</summary>
    public string? TeacherId { get; set; }
    public AppUser? Teacher { get; set; }

    /// <summary>The slot booked, for an activity in fixed slots; it holds the booking's places.</summary>
    public int? SlotId { get; set; }
    public Slot? Slot { get; set; }

    /// <summary>Up to three start times the teacher proposes, for an activity on request.</summary>
    public List<DateTimeOffset> DateOptions { get; set; } = [];

    /// <summary>When the visit takes place: the slot's times, or the date the partner fixed.</summary>
    public DateTimeOffset? StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>Another start the partner proposes, waiting for the teacher's answer.</summary>
    public DateTimeOffset? ProposedStartsAt { get; set; }

    public BookingState State { get; set; }
    public EducationLevel Level { get; set; }
    public int ClassYear { get; set; }

    /// <summary>The school's named class that goes, when the teacher chose one: its skills passport is stamped
    /// when the visit is completed.</summary>
    public int? ClassId { get; set; }
    public Passports.SchoolClass? Class { get; set; }
    public int Pupils { get; set; }
    public int Adults { get; set; }
    public string LearningGoals { get; set; } = "";
    public string SpecialNeeds { get; set; } = "";
    public TravelMode Travel { get; set; }
    public string DayPhone { get; set; } = "";

    /// <summary>The school's contact for the day (with <see cref="DayPhone"/>), named once the visit is confirmed.</summary>
    public string SchoolContactName { get; set; } = "";

    /// <summary>The host's contact for the day and where the class is met, named once the visit is confirmed.</summary>
    public string HostName { get; set; } = "";
    public string HostPhone { get; set; } = "";
    public string MeetingPoint { get; set; } = "";

    /// <summary>The school's checklist items the teacher confirmed when applying, as they read then.</summary>
    public List<string> AppliedConfirmations { get; set; } = [];

    /// <summary>Why it was declined, cancelled or did not happen.</summary>
    public string? Reason { get; set; }

    /// <summary>The programme leader said "ik ga mee" (seed: present at one visit a month).</summary>
    public bool LeaderAttending { get; set; }

    /// <summary>Which programme leader goes along: they get the invitation and hear of changes.</summary>
    public string? LeaderId { get; set; }
    public AppUser? Leader { get; set; }

    /// <summary>When the follow-up jobs did their step; each is done once (the jobs may run twice).</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? EvaluationRequestedAt { get; set; }
    public DateTimeOffset? EvaluationReminderSentAt { get; set; }

    /// <summary>The calendar invitation's SEQUENCE: raised on every change the invitation shows.</summary>
    public int Sequence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>PostgreSQL's xmin: two people answering the same request at once cannot both win.</summary>
    public uint Version { get; set; }

    public List<BookingEvent> History { get; set; } = [];
    public List<BookingChecklistItem> Checklist { get; set; } = [];
    public List<Evaluation> Evaluations { get; set; } = [];
    public List<BookingMessage> Messages { get; set; } = [];
}

/// <summary>One line of a booking's history: who did what, when.</summary>
public sealed class BookingEvent
{
    public long Id { get; set; }
    public int BookingId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string What { get; set; }
}
