using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace HoeWerktMijnStad.IntegrationTests.Calendars;

/// <summary>The feeds a calendar program subscribes to, read back with Ical.Net as such a program would.</summary>
public sealed partial class CalendarFeedTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private readonly HttpClient _anonymous = fixture.Factory.CreateClient();

    /// <summary>Makes (or renews) the feed address on the page and reads it from the confirmation, as a user copies it.</summary>
    private static async Task<string> NewFeedAsync(HttpClient user, string page, string form)
    {
        var (response, html) = await user.PostFormAsync(page, new Dictionary<string, string>(), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Je nieuwe agendalink", html, StringComparison.Ordinal);
        return new Uri(FeedAddress().Match(html).Value).PathAndQuery;
    }

    private async Task<(Calendar Calendar, string Text, EntityTagHeaderValue ETag)> ReadAsync(string path)
    {
        var response = await _anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return (Calendar.Load(text)!, text, response.Headers.ETag!);
    }

    private static CalendarEvent Visit(Calendar calendar, int bookingId) =>
        Assert.Single(calendar.Events, e => e.Uid == $"boeking-{bookingId}@hoewerktmijnstad.nl");

    [Fact]
    public async Task A_teachers_feed_shows_the_confirmed_visit_as_the_invitation_did_then_its_cancellation_and_answers_304_while_unchanged()
    {
        var bookingId = await fixture.ConfirmedBookingAsync();
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        Assert.Contains("Maak een agendalink", await teacher.GetStringAsync("/mijn/boekingen"), StringComparison.Ordinal);
        var feed = await NewFeedAsync(teacher, "/mijn/boekingen", "agendalink-school");
        Assert.Matches("^/agenda/school/[A-Za-z0-9_-]{43}\\.ics$", feed);

        var (calendar, text, etag) = await ReadAsync(feed);
        var visit = Visit(calendar, bookingId);
        Assert.Equal(1, visit.Sequence);
        Assert.Equal("CONFIRMED", visit.Status);
        Assert.Equal("Europe/Amsterdam", visit.DtStart!.TzId);
        Assert.Single(calendar.TimeZones, z => z.TzId == "Europe/Amsterdam");
        Assert.DoesNotContain("06 12345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@school.example.nl", text, StringComparison.Ordinal);

        using (var again = new HttpRequestMessage(HttpMethod.Get, feed))
        {
            again.Headers.IfNoneMatch.Add(etag);
            Assert.Equal(HttpStatusCode.NotModified, (await _anonymous.SendAsync(again)).StatusCode);
        }

        await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Answer.Move"] = "annuleren", ["Answer.Reason"] = "De bus rijdt niet." }, "stoppen");
        var (cancelled, _, changed) = await ReadAsync(feed);
        var gone = Visit(cancelled, bookingId);
        Assert.Equal("CANCELLED", gone.Status);
        Assert.True(gone.Sequence > visit.Sequence);
        Assert.NotEqual(etag, changed);
    }

    [Fact]
    public async Task A_new_address_stops_the_old_one_at_once_and_a_token_opens_only_its_own_kind_of_feed()
    {
        await fixture.TeacherAsync();
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var first = await NewFeedAsync(teacher, "/mijn/boekingen", "agendalink-school");
        Assert.Equal(HttpStatusCode.OK, (await _anonymous.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anonymous.GetAsync(first.Replace("/school/", "/partner/", StringComparison.Ordinal))).StatusCode);

        var page = await teacher.GetStringAsync("/mijn/boekingen");
        Assert.Contains("Maak een nieuwe agendalink", page, StringComparison.Ordinal);
        Assert.DoesNotContain(first, page, StringComparison.Ordinal);

        var second = await NewFeedAsync(teacher, "/mijn/boekingen", "agendalink-school");
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await _anonymous.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _anonymous.GetAsync(second)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anonymous.GetAsync("/agenda/school/" + new string('A', 43) + ".ics")).StatusCode);
    }

    [Fact]
    public async Task A_partners_feed_holds_its_confirmed_visits_without_the_teachers_contact_details()
    {
        var bookingId = await fixture.ConfirmedBookingAsync();
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var feed = await NewFeedAsync(editor, "/partner/boekingen", "agendalink-partner-a");

        var (calendar, text, _) = await ReadAsync(feed);
        var visit = Visit(calendar, bookingId);
        Assert.Equal("CONFIRMED", visit.Status);
        Assert.Contains($"/partner/boekingen/{bookingId}", visit.Url?.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SelfServiceWorld.Teacher, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("06 12345678", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partners_open_times_are_a_public_feed_of_free_slots()
    {
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(30, 2);
        var (calendar, _, _) = await ReadAsync("/agenda/partners/partner-a/open-tijden.ics");
        var open = Assert.Single(calendar.Events, e => e.Uid == $"tijd-{slotId}@hoewerktmijnstad.nl");
        Assert.StartsWith("Vrij:", open.Summary, StringComparison.Ordinal);
        Assert.Contains($"/aanbod/{activityId}", open.Url?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _anonymous.GetAsync("/agenda/partners/bestaat-niet/open-tijden.ics")).StatusCode);
    }

    [GeneratedRegex(@"https?://[^\s<""]+/agenda/(school|partner)/[A-Za-z0-9_-]{43}\.ics")]
    private static partial Regex FeedAddress();
}
