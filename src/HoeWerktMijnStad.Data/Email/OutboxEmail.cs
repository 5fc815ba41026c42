namespace HoeWerktMijnStad.Data.Email;

/// <summary>A mail the site owes someone. It is written in the same transaction as the change that causes
/// it and sent afterwards by the outbox sender, with retries, so an SMTP outage loses nothing.</summary>
public sealed class OutboxEmail
{
    public long Id { get; set; }

    /// <summary>Stays the same across retries, so a receiving server can recognise a repeat.</summary>
    public Guid MessageId { get; set; } = Guid.NewGuid();

    public required string ToAddress { get; set; }
    public string ToName { get; set; } = "";
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? HtmlBody { get; set; }

    /// <summary>An iCalendar invitation to attach (RFC 5545 text) and its METHOD (REQUEST or CANCEL).</summary>
    public string? Calendar { get; set; }
    public string? CalendarMethod { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the last attempt failed, as the mail server said it; for an undeliverable mail, why it never went.</summary>
    public string? LastError { get; set; }

    /// <summary>Set when the mail is given up: the server refused it permanently (5xx), or it could not be delivered
    /// within <c>OutboxRules.GiveUpAfter</c> of being queued. The programme leader sees these at /beheer/mail.</summary>
    public DateTimeOffset? UndeliverableAt { get; set; }

    /// <summary>The booking the mail is about, so a bounce can be shown on that booking's page.</summary>
    public int? BookingId { get; set; }
}
