using System.Net;
using System.Text.RegularExpressions;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Infrastructure.Markdown;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Robustness;

/// <summary>Issue 21: a few hundred bytes of nesting gave a 500 on the preview and on saving the partner page.</summary>
public sealed partial class DeepMarkdownTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> DeepTexts => new()
    {
        new string('>', 128) + " citaat",
        string.Concat(Enumerable.Range(0, 64).Select(i => new string(' ', 2 * i) + "- punt\n")),
        new string('*', 256) + "nadruk" + new string('*', 256),
    };

    [Theory]
    [MemberData(nameof(DeepTexts))]
    public async Task Saving_too_deep_a_page_is_refused_with_a_message_and_the_text_stays(string markdown)
    {
        var client = await fixture.SignedInAsync(SelfServiceWorld.EditorA);

        var (response, html) = await client.PostFormAsync("/partner/pagina?partner=partner-a", new Dictionary<string, string>
        {
            ["Input.Slug"] = "partner-a",
            ["Input.Name"] = "Partner A",
            ["Input.Pitch"] = "Pitch A",
            ["Input.PageMarkdown"] = markdown,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(MarkdownRenderer.TooDeep), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(markdown.Trim()), WebUtility.HtmlEncode(WebUtility.HtmlDecode(html)), StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.DoesNotContain("punt", (await db.Partners.SingleAsync(p => p.Slug == "partner-a")).PageMarkdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DeepTexts))]
    public async Task The_preview_of_too_deep_a_text_says_so(string markdown)
    {
        var client = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var page = await client.GetStringAsync("/partner/pagina?partner=partner-a");
        var token = TokenPattern().Match(page).Groups[1].Value;

        var response = await client.PostAsync("/partner/pagina/voorbeeld", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["markdown"] = markdown,
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(MarkdownRenderer.TooDeep), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_too_deep_a_lesson_is_refused_with_a_message_and_nothing_is_stored()
    {
        var leader = await Learning.LearningWorld.LeaderAsync(fixture);
        var deep = new string('>', 128) + " citaat";

        var (_, html) = await Learning.LearningWorld.SaveLessonAsync(leader, Learning.LearningWorld.Letter("Te diepe les", body: deep));

        Assert.Contains(WebUtility.HtmlEncode(MarkdownRenderer.TooDeep), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(deep), html, StringComparison.Ordinal);
        Assert.Null(await Learning.LearningWorld.LessonAsync(fixture, "Te diepe les"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex TokenPattern();
}
