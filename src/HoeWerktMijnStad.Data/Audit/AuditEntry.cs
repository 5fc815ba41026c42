namespace HoeWerktMijnStad.Data.Audit;

/// <summary>One change by the programme leader or an editor: who, what, when. Written in the same
/// transaction as the change itself, so the log never misses or invents one.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The account, while it exists; the e-mail address stays readable after it is deleted.</summary>
    public string? ActorId { get; set; }
    public required string ActorEmail { get; set; }

    /// <summary>What happened, in Dutch for the reader of the log ("Locatie opgeslagen").</summary>
    public required string Action { get; set; }

    /// <summary>What it happened to ("Werkplaats Noord").</summary>
    public required string Subject { get; set; }

    public int? PartnerId { get; set; }
    public Catalogue.Partner? Partner { get; set; }
}
