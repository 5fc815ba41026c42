using System.Net;
using System.Text.RegularExpressions;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Robustness;

/// <summary>Issue 21: a verified teacher's application form with every field -1 or 10,000 characters gave a 500
/// (a checklist line none of whose fields mapped came out as null, and the form indexed it).</summary>
public sealed partial class ApplicationFormGarbageTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    [Theory]
    [InlineData("-1", false)]
    [InlineData("long", false)]
    [InlineData("xlong", false)]
    [InlineData("-1", true)]
    [InlineData("long", true)]
    [InlineData("xlong", true)]
    public async Task Every_field_garbage_answers_the_form_again_and_stores_nothing(string kind, bool onRequest)
    {
        await fixture.TeacherAsync();
        var (activityId, _) = await fixture.ActivityWithSlotAsync(60, 2);
        if (onRequest)
        {
            await using var db = fixture.CreateDbContext();
            await db.Activities.Where(a => a.Id == activityId).ExecuteUpdateAsync(a => a.SetProperty(x => x.BookingMode, HoeWerktMijnStad.Data.Catalogue.BookingMode.OnRequest));
        }

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var url = $"/aanbod/{activityId}/aanvragen";
        var page = await teacher.GetStringAsync(url);
        var value = kind == "long" ? new string('7', 10_000) : kind == "xlong" ? new string('x', 10_000) : kind;
        var fields = FieldPattern().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups["name"].Value))
            .Where(n => n.StartsWith("Input.", StringComparison.Ordinal)).Distinct().ToDictionary(n => n, _ => value);
        Assert.Contains("Input.RequestKey", fields.Keys);
        var bookings = await BookingsAsync();

        var (response, html) = await teacher.PostFormAsync(url, fields, "aanvraag");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html[..Math.Min(html.Length, 4000)]}");
        // a Dutch message next to the field, no framework text, and what was typed is still there
        Assert.Contains("Vul in met hoeveel leerlingen jullie komen (1 tot 200).", html, StringComparison.Ordinal);
        Assert.DoesNotContain("The value '", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid", html, StringComparison.Ordinal);
        Assert.Matches($"<textarea[^>]*id=\"goals\"[^>]*>{value}</textarea>", html);
        Assert.Equal(bookings, await BookingsAsync());
    }

    private async Task<int> BookingsAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.Bookings.CountAsync();
    }

    [GeneratedRegex("<(?:input|select|textarea)[^>]*name=\"(?<name>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FieldPattern();
}
