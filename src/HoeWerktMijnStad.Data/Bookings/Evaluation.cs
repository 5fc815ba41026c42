namespace HoeWerktMijnStad.Data.Bookings;

/// <summary>The standard evaluation (seed: one form for school and company) of a visit by one side. A draft
/// until it is sent; after that it is read-only.</summary>
public sealed class Evaluation
{
    public int Id { get; set; }
    public int BookingId { get; set; }
    public Booking? Booking { get; set; }
    public ChecklistSide Side { get; set; }

    /// <summary>Ratings 1-5; a draft may leave them open, a sent evaluation has them all.</summary>
    public int? Preparation { get; set; }
    public int? Content { get; set; }
    public int? LearningGoalsFit { get; set; }
    public int? Organisation { get; set; }

    /// <summary>The overall mark, 1-10.</summary>
    public int? Mark { get; set; }

    public string WentWell { get; set; } = "";
    public string CouldBeBetter { get; set; } = "";
    public bool? MetExpectations { get; set; }

    /// <summary>The author agrees that the programme leader uses it as a best practice.</summary>
    public bool BestPracticeConsent { get; set; }

    /// <summary>Marked by the programme leader; only possible with the author's consent.</summary>
    public bool BestPracticeCandidate { get; set; }

    public string? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
