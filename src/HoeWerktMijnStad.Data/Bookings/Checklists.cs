namespace HoeWerktMijnStad.Data.Bookings;

public enum ChecklistSide
{
    School,
    Company,
}

public enum ChecklistPhase
{
    Before,
    OnTheDay,
    After,
}

/// <summary>A line of the standard checklist, which the programme leader edits. Items of the school marked
/// <see cref="ConfirmOnApply"/> are confirmed in the application form.</summary>
public sealed class ChecklistTemplateItem
{
    public int Id { get; set; }
    public ChecklistSide Side { get; set; }
    public ChecklistPhase Phase { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public bool ConfirmOnApply { get; set; }

    /// <summary>Set for an automatic item: the event that ticks it (and then no one ticks it by hand).</summary>
    public ChecklistEvent? TicksOn { get; set; }
}

/// <summary>A booking's own copy of a checklist line, made when the visit is confirmed, ticked by its side.</summary>
public sealed class BookingChecklistItem
{
    public int Id { get; set; }
    public int BookingId { get; set; }
    public ChecklistSide Side { get; set; }
    public ChecklistPhase Phase { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public string? DoneBy { get; set; }

    /// <summary>The account that ticked it, so its name can be replaced when that account is deleted.</summary>
    public string? DoneById { get; set; }

    /// <summary>Copied from the template: the event that ticks this item by itself.</summary>
    public ChecklistEvent? TicksOn { get; set; }
}
