namespace HoeWerktMijnStad.Data.Conventions;

/// <summary>Content the programme leader writes and publishes (lessons, tours, best practices, family videos):
/// a web name, a title, and a draft until it is published.</summary>
public interface IPublishedContent
{
    int Id { get; }

    string Slug { get; set; }

    string Title { get; set; }

    DateTimeOffset? PublishedAt { get; set; }

    bool IsPublished { get; }
}
