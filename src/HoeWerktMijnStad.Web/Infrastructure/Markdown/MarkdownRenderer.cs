using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Components;

namespace HoeWerktMijnStad.Web.Infrastructure.Markdown;

/// <summary>The one way Markdown becomes HTML on this site: Markdig without raw HTML, headings moved one level
/// down (the page owns its h1), then HtmlSanitizer with a tight allow-list as a second line of defence.</summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "sup", "sub", "code", "pre",
        "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
    ];

    /// <summary>What a form says about text that nests deeper than Markdig parses (issue 21).</summary>
    public const string TooDeep = "Deze tekst is te diep genest: er staan te veel citaten (>), lijsten of sterretjes (*) in elkaar. Maak de opbouw eenvoudiger.";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        try
        {
            return _sanitizer.Sanitize(ToHtml(markdown));
        }
        catch (Exception e) when (IsTooDeep(e))
        {
            // forms refuse such text (MarkdownDepthAttribute); this keeps text stored before that from failing a page
            return $"<p class=\"form-error\">{System.Net.WebUtility.HtmlEncode(TooDeep)}</p>";
        }
    }

    /// <summary>True when Markdig refuses the text as nested too deeply (it throws rather than render it).</summary>
    public static bool IsTooDeep(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return false;
        }

        try
        {
            ToHtml(markdown);
            return false;
        }
        catch (Exception e) when (IsTooDeep(e))
        {
            return true;
        }
    }

    private static string ToHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + 1, 6);
        }

        return document.ToHtml(Pipeline);
    }

    // Markdig's depth limit is an ArgumentException from its own code; a deep recursion elsewhere stops short of the stack
    private static bool IsTooDeep(Exception e) =>
        e is InsufficientExecutionStackException
        || (e is ArgumentException && e.TargetSite?.DeclaringType?.Assembly == typeof(Markdig.Markdown).Assembly);

    public MarkupString Render(string? markdown) => new(ToSafeHtml(markdown));

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title", "alt", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
