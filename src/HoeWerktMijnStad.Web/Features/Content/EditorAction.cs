namespace HoeWerktMijnStad.Web.Features.Content;

/// <summary>The submit buttons every learning-content editor shares. Preview comes first in each form, so
/// Enter in a text field shows the preview and never publishes by accident.</summary>
public static class EditorAction
{
    public const string Preview = "voorbeeld";
    public const string Draft = "concept";
    public const string Publish = "publiceren";
    public const string Delete = "verwijderen";

    /// <summary>When an item is published: the first time it was, or now; null for a draft.</summary>
    public static DateTimeOffset? PublishedAt(string? action, DateTimeOffset? current, DateTimeOffset now) =>
        action == Publish ? current ?? now : null;

    /// <summary>What a save did, as a key of <see cref="ContentText"/> that takes the item's title.</summary>
    public static string Done(string? action, bool wasPublished) => action switch
    {
        Publish when wasPublished => "PublishedAgain",
        Publish => "Published",
        _ when wasPublished => "Unpublished",
        _ => "DraftSaved",
    };

    /// <summary>The slug the leader typed, or one made from the title when the field is empty.</summary>
    public static string SlugOf(string? typed, string title) =>
        string.IsNullOrWhiteSpace(typed) ? Infrastructure.Input.Slugs.From(title) : typed.Trim();
}
