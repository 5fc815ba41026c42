using HoeWerktMijnStad.Data.Catalogue;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Data.Agenda;

public enum EventType
{
    /// <summary>An open day of a partner or a school.</summary>
    OpenDay,

    /// <summary>Teachers of po, vmbo and mbo talk, and companies join (seed 000:1075-1076).</summary>
    TeacherConversation,

    /// <summary>An online session ("zoom-sessie") for the whole chain (000:1077): its link goes only to those signed up.</summary>
    OnlineSession,
    Workshop,
    Matchmaking,
}

public enum EventAudience
{
    Everyone,
    Teachers,
    PrimaryTeachers,
    SecondaryTeachers,
    VocationalTeachers,
    Companies,
}

/// <summary>An event of the network's agenda (seed 002:417), published by a partner or by the programme leader
/// (schools publish through the leader). Like a slot (ADR 0009) the count of places taken changes only in the
/// statement that checks it, and a check constraint keeps it within the capacity.</summary>
public sealed class NetworkEvent
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public EventType Type { get; set; }
    public EventAudience Audience { get; set; }

    /// <summary>The partner that hosts it; null for an event of the network itself (published by the leader).</summary>
    public int? PartnerId { get; set; }
    public Partner? Partner { get; set; }

    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>Where it happens: a name and address, and the point on the map. Null for an online session.</summary>
    public string? Place { get; set; }
    public Point? Location { get; set; }

    /// <summary>The video call's address, shown only to people whose place is confirmed.</summary>
    public string? OnlineLink { get; set; }

    public int Capacity { get; set; }

    /// <summary>Places taken by confirmed sign-ups.</summary>
    public int Registered { get; set; }

    /// <summary>Raised on every change the invitations should carry (RFC 5545 SEQUENCE).</summary>
    public int Sequence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }

    /// <summary>When the event last changed (edited or cancelled); the sitemap's lastmod.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>When the publisher called it off; it stays in the feeds as cancelled, and nobody can sign up.</summary>
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelReason { get; set; }
}

public enum EventSignUpState
{
    /// <summary>Signed up without an account; waits for the confirmation link in the mail. Takes no place yet.</summary>
    Unconfirmed,
    Registered,
    Waiting,
    Cancelled,
}

/// <summary>Someone's sign-up for an event: with an account, or a name and an e-mail address confirmed by mail.</summary>
public sealed class EventSignUp
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public NetworkEvent? Event { get; set; }
    public string? UserId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public EventSignUpState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the address was confirmed (at once for an account).</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>The place in the event's waiting list, given when the sign-up joined it (one more than the highest so
    /// far: sign-ups of one event are serialised by the event's row lock). The lowest waiting turn moves up first.</summary>
    public int? WaitingTurn { get; set; }

    /// <summary>When the name and address were erased (the retention job, after the event); the row stays as a count.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    /// <summary>PostgreSQL's xmin.</summary>
    public uint Version { get; set; }
}
