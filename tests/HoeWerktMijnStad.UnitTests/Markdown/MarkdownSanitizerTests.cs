using AngleSharp.Html.Parser;
using HoeWerktMijnStad.Web.Infrastructure.Markdown;

namespace HoeWerktMijnStad.UnitTests.Markdown;

/// <summary>Partner pages are Markdown written by partners: nothing in it may run in a visitor's browser.</summary>
public sealed class MarkdownSanitizerTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly string[] ForbiddenElements =
        ["script", "style", "iframe", "frame", "object", "embed", "svg", "math", "form", "input", "button", "textarea", "link", "meta", "base", "video", "audio", "template"];

    public static TheoryData<string> Payloads() =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<body onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](javascript&#58;alert(1))",
        "[klik](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[klik](java\tscript:alert(1))",
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![plaatje](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![plaatje](javascript:alert(1))",
        "[klik](vbscript:msgbox(1))",
        "<a href=\"#\" onclick=\"alert(1)\">klik</a>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<form action=\"https://evil.example\"><input name=p></form>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<details open ontoggle=alert(1)>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<<script>script>alert(1)<</script>/script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "[a](https://ok.example \"titel\" onmouseover=alert(1))",
        "<img src=\"https://ok.example/a.png\" onerror=\"alert(1)\">",
        "<a href=\"https://ok.example\" style=\"position:fixed;top:0\">x</a>",
        "`<script>alert(1)</script>`",
        "<base href=\"javascript:alert(1)//\">",
        "<video><source onerror=\"alert(1)\"></video>",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_payload_renders_to_nothing_that_runs(string markdown)
    {
        var html = Renderer.ToSafeHtml($"Tekst ervoor.\n\n{markdown}\n\nTekst erna.");
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");

        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, ForbiddenElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} in {html}");
                Assert.NotEqual("style", attribute.Name);
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"javascript: URL in {html}");
                Assert.False(value.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase), $"vbscript: URL in {html}");
                Assert.False(value.StartsWith("data:", StringComparison.OrdinalIgnoreCase), $"data: URL in {html}");
            }
        }

        Assert.Contains("Tekst ervoor.", html, StringComparison.Ordinal);
        Assert.Contains("Tekst erna.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_structure_with_headings_below_the_page_title()
    {
        var html = Renderer.ToSafeHtml("# Welkom\n\n## Wat je ziet\n\n- **warmtepompen**\n- *zonnepanelen*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        Assert.Contains("<h2>Welkom</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Wat je ziet</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>warmtepompen</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>zonnepanelen</em>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_links_stay_and_tell_search_engines_and_the_next_page_nothing()
    {
        var html = Renderer.ToSafeHtml("Kijk op [onze site](https://bedrijf.example.nl/scholen).");

        Assert.Contains("href=\"https://bedrijf.example.nl/scholen\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_markup()
    {
        var html = Renderer.ToSafeHtml("Gebruik <b>vet</b> niet zo.");

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;vet&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_markdown_renders_nothing() => Assert.Equal("", Renderer.ToSafeHtml("   "));
}
