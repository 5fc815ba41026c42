using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data.Learning;

/// <summary>An article about a good visit (seed 000:993), written by the programme leader or drawn from an
/// evaluation whose author consented. Shown to teachers, partners and the programme leader.</summary>
public sealed class BestPractice : Conventions.IPublishedContent
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";

    /// <summary>The partner the visit was with, for a link to its page.</summary>
    public int? PartnerId { get; set; }
    public Partner? Partner { get; set; }

    /// <summary>The consented evaluation the article started from, if any.</summary>
    public int? SourceEvaluationId { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsPublished => PublishedAt is not null;
}
