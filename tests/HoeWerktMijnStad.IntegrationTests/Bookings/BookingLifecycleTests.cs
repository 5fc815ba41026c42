using System.Globalization;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

/// <summary>A booking's whole life with the real database and a real SMTP server: request, confirmation with
/// an invitation, reminder, completion and both evaluations, moved along by the follow-up job with a set clock.</summary>
public sealed class BookingLifecycleTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    /// <summary>A visit on Monday 30 March 2026 at 09:30 in Amsterdam: the day after summer time began (UTC+2).</summary>
    private static readonly DateTimeOffset VisitAfterDstChange = AmsterdamTime.ToInstant(new DateOnly(2026, 3, 30), new TimeOnly(9, 30));

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    [Fact]
    public async Task Request_confirm_remind_complete_and_both_evaluations_with_mails_and_an_invitation_across_summer_time()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.Zero);
        var (bookingId, _) = await fixture.RequestAsync(VisitAfterDstChange);
        await fixture.Factory.DeliverMailAsync();
        var request = fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "Nieuwe aanvraag");
        Assert.Contains($"/partner/boekingen/{bookingId}", request.TextBody, StringComparison.Ordinal);
        Assert.Contains("maandag 30 maart 2026, 09:30", request.TextBody, StringComparison.Ordinal);
        fixture.Smtp.OnlyMail(SelfServiceWorld.Teacher, "Je aanvraag is verstuurd");

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        await editor.PostFormAsync($"/partner/boekingen/{bookingId}", new Dictionary<string, string>(), "bevestigen");
        await fixture.Factory.DeliverMailAsync();
        foreach (var who in new[] { SelfServiceWorld.Teacher, SelfServiceWorld.EditorA })
        {
            var (calendar, method) = fixture.Smtp.OnlyMail(who, "Bevestigd").Invitation();
            Assert.Equal("REQUEST", method);
            Assert.Equal("REQUEST", calendar.Method);
            var visit = Assert.Single(calendar.Events);
            Assert.Equal($"boeking-{bookingId}@hoewerktmijnstad.nl", visit.Uid);
            Assert.Equal(1, visit.Sequence);
            Assert.Equal("Europe/Amsterdam", visit.DtStart!.TzId);
            Assert.Equal(new DateTime(2026, 3, 30, 9, 30, 0), visit.DtStart.Value);
            Assert.Equal(new DateTime(2026, 3, 30, 7, 30, 0, DateTimeKind.Utc), visit.DtStart.AsUtc);
            Assert.Equal(new DateTime(2026, 3, 30, 9, 0, 0, DateTimeKind.Utc), visit.DtEnd!.AsUtc);
            Assert.Single(calendar.TimeZones, z => z.TzId == "Europe/Amsterdam");
            Assert.Contains("Amsterdam", visit.Location, StringComparison.Ordinal);
            Assert.NotNull(visit.GeographicLocation);
            Assert.Contains(who, visit.Attendees.Single().Value?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
        }

        // two days before: a reminder with the open "before" items of each side, once
        fixture.Clock.UtcNow = VisitAfterDstChange.AddDays(-2).AddMinutes(5);
        await fixture.RunFollowUpAsync();
        await fixture.RunFollowUpAsync();
        await fixture.Factory.DeliverMailAsync();
        var reminder = fixture.Smtp.OnlyMail(SelfServiceWorld.Teacher, "Herinnering: Rondleiding");
        Assert.Contains("Nog open op je checklist voor vooraf:", reminder.TextBody, StringComparison.Ordinal);
        fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "Herinnering: Testschool Oost komt op bezoek");

        // the visit's own day: nothing completes yet
        fixture.Clock.UtcNow = VisitAfterDstChange.AddHours(8);
        await fixture.RunFollowUpAsync();
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(BookingState.Confirmed, (await db.Bookings.SingleAsync(b => b.Id == bookingId)).State);
        }

        // the day after: completed, and both sides are asked for their evaluation, once
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 3, 31), new TimeOnly(0, 10));
        await fixture.RunFollowUpAsync();
        var outbox = await fixture.OutboxCountAsync();
        await fixture.RunFollowUpAsync();
        Assert.Equal(outbox, await fixture.OutboxCountAsync());
        await fixture.Factory.DeliverMailAsync();
        var ask = fixture.Smtp.OnlyMail(SelfServiceWorld.Teacher, "Hoe was het bezoek");
        Assert.Contains($"/mijn/boekingen/{bookingId}/evaluatie", ask.TextBody, StringComparison.Ordinal);
        fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "Hoe was het bezoek");

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var (_, sent) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}/evaluatie", Evaluation(mark: 8, send: true), "evaluatie");
        Assert.Contains("Je evaluatie is verstuurd", sent, StringComparison.Ordinal);

        // the company saves a draft, forgets it, and a week later only the company is reminded
        var (_, draft) = await editor.PostFormAsync($"/partner/boekingen/{bookingId}/evaluatie", Evaluation(mark: 7, send: false), "evaluatie");
        Assert.Contains("Je concept is opgeslagen", draft, StringComparison.Ordinal);
        fixture.Clock.UtcNow = fixture.Clock.UtcNow.AddDays(7).AddHours(1);
        await fixture.RunFollowUpAsync();
        await fixture.RunFollowUpAsync();
        await fixture.Factory.DeliverMailAsync();
        fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "Herinnering: Hoe was het bezoek");
        Assert.DoesNotContain(fixture.Smtp.To(SelfServiceWorld.Teacher), m => (m.Subject ?? "").StartsWith("Herinnering: Hoe was", StringComparison.Ordinal));

        var form = await editor.GetStringAsync($"/partner/boekingen/{bookingId}/evaluatie");
        Assert.Contains("Het bezoek was leerzaam", form, StringComparison.Ordinal);
        await editor.PostFormAsync($"/partner/boekingen/{bookingId}/evaluatie", Evaluation(mark: 7, send: true), "evaluatie");

        await using (var db = fixture.CreateDbContext())
        {
            var booking = await db.Bookings.Include(b => b.Evaluations).Include(b => b.History).SingleAsync(b => b.Id == bookingId);
            Assert.Equal(BookingState.Completed, booking.State);
            Assert.Equal([7, 8], booking.Evaluations.Where(e => e.SentAt != null).Select(e => e.Mark!.Value).Order());
            Assert.Contains(booking.History, h => h.What == "Uitgevoerd" && h.ActorName == BookingFollowUp.System);
        }

        var page = await teacher.GetStringAsync($"/mijn/boekingen/{bookingId}");
        Assert.Contains("Bedrijf: verstuurd, cijfer 7", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sent_evaluation_cannot_change_and_an_incomplete_one_cannot_be_sent()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
        var (bookingId, _) = await fixture.RequestAsync(fixture.Clock.UtcNow.AddDays(3));
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        await editor.PostFormAsync($"/partner/boekingen/{bookingId}", new Dictionary<string, string>(), "bevestigen");
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);

        var (_, early) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}/evaluatie", Evaluation(8, send: true), "evaluatie");
        Assert.Contains("Deze evaluatie kun je niet invullen", early, StringComparison.Ordinal);

        fixture.Clock.UtcNow = fixture.Clock.UtcNow.AddDays(5);
        await fixture.RunFollowUpAsync();
        var incomplete = Evaluation(8, send: true);
        incomplete.Remove("Input.Organisation");
        incomplete["Input.WentWell"] = "Wat ik typte blijft staan";
        var (_, refused) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}/evaluatie", incomplete, "evaluatie");
        Assert.Contains("Geef een oordeel over &quot;organisatie&quot; (1 tot 5).", refused, StringComparison.Ordinal);
        Assert.Contains("Wat ik typte blijft staan", refused, StringComparison.Ordinal);

        await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}/evaluatie", Evaluation(9, send: true), "evaluatie");
        await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}/evaluatie", Evaluation(2, send: true), "evaluatie");
        await using var db = fixture.CreateDbContext();
        Assert.Equal(9, (await db.Evaluations.SingleAsync(e => e.BookingId == bookingId)).Mark);

        var other = await fixture.SignedInAsync(SelfServiceWorld.EditorB);
        var response = await other.GetAsync($"/partner/boekingen/{bookingId}/evaluatie");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    internal static Dictionary<string, string> Evaluation(int mark, bool send) => new()
    {
        ["Input.Preparation"] = "4",
        ["Input.Content"] = "5",
        ["Input.LearningGoalsFit"] = "4",
        ["Input.Organisation"] = "3",
        ["Input.Mark"] = mark.ToString(CultureInfo.InvariantCulture),
        ["Input.MetExpectations"] = "True",
        ["Input.WentWell"] = "Het bezoek was leerzaam",
        ["Input.CouldBeBetter"] = "Meer tijd voor vragen",
        ["Input.BestPracticeConsent"] = "true",
        ["Input.Action"] = send ? "versturen" : "concept",
    };
}
