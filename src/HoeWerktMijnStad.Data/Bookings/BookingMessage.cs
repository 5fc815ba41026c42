namespace HoeWerktMijnStad.Data.Bookings;

/// <summary>A short text from one side of a booking to the other, in the booking's thread. Free text: erased with
/// the booking's other free text under the retention rule.</summary>
public sealed class BookingMessage
{
    public long Id { get; set; }
    public int BookingId { get; set; }

    /// <summary>Which side wrote it: the other side is told.</summary>
    public ChecklistSide Side { get; set; }

    /// <summary>The writer's account; cleared when it is deleted (the name then reads "verwijderd account").</summary>
    public string? AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>Per booking and reader: how far they read the thread on the site, and how far (and when) they were
/// mailed about it. The digest job mails each reader at most once per quarter of an hour per booking.</summary>
public sealed class BookingMessageReader
{
    public int BookingId { get; set; }
    public required string UserId { get; set; }

    /// <summary>The newest message id the reader saw on the booking's page.</summary>
    public long ReadThroughId { get; set; }

    /// <summary>The newest message id a digest mail told the reader about.</summary>
    public long MailedThroughId { get; set; }

    public DateTimeOffset? MailedAt { get; set; }
}

/// <summary>What ticks an automatic checklist item by itself (issue 17 §2); an item without one is ticked by hand.</summary>
public enum ChecklistEvent
{
    Confirmed,
    ReminderSent,
    EvaluationSent,
}
