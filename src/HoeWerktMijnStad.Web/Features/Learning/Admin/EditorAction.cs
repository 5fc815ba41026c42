namespace HoeWerktMijnStad.Web.Features.Learning.Admin;

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

    /// <summary>What a save did, as a key of <see cref="LearningText"/> that takes the item's title.</summary>
    public static string Done(string? action, bool wasPublished) => action switch
    {
        Publish when wasPublished => "PublishedAgain",
        Publish => "Published",
        _ when wasPublished => "Unpublished",
        _ => "DraftSaved",
    };

    /// <summary>What every editor says when its slug cannot be used.</summary>
    public const string NoSlug = "Van deze titel kunnen we geen webnaam maken. Vul zelf een webnaam in, bijvoorbeeld 'water-uit-de-duinen'.";

    public static string SlugTaken(string slug, string usedBy) => $"De webnaam '{slug}' is al in gebruik door '{usedBy}'. Kies een andere webnaam.";

    /// <summary>Someone else saved the same slug between the check and the save.</summary>
    public static string SlugJustTaken(string slug) => $"De webnaam '{slug}' is net in gebruik genomen. Kies een andere webnaam.";

    /// <summary>The slug the leader typed, or one made from the title when the field is empty.</summary>
    public static string SlugOf(string? typed, string title) =>
        string.IsNullOrWhiteSpace(typed) ? Catalogue.Slugs.From(title) : typed.Trim();
}
