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

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
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

        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + 1, 6);
        }

        return _sanitizer.Sanitize(document.ToHtml(_pipeline));
    }

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
