using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

/// <summary>Cancel, expire, "niet doorgegaan" and "ik ga mee": each through the page a user would use, with the
/// mails the real SMTP server receives and the places the slot gets back.</summary>
public sealed class BookingMovesTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private static readonly Dictionary<string, string> NoFields = [];

    [Fact]
    public async Task Cancelling_a_confirmed_visit_sends_both_sides_a_cancel_for_the_same_event_and_frees_the_places()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 10, 19, 10, 0, 0, TimeSpan.Zero);
        // Wednesday 28 October 2026 at 10:00: three days after winter time began (UTC+1)
        var (bookingId, slotId) = await fixture.RequestAsync(AmsterdamTime.ToInstant(new DateOnly(2026, 10, 28), new TimeOnly(10, 0)));
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        await editor.PostFormAsync($"/partner/boekingen/{bookingId}", NoFields, "bevestigen");

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var ics = await teacher.GetStringAsync($"/mijn/boekingen/{bookingId}/uitnodiging.ics");
        Assert.Contains($"UID:boeking-{bookingId}@hoewerktmijnstad.nl", ics, StringComparison.Ordinal);
        Assert.Contains("METHOD:PUBLISH", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("ATTENDEE", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Amsterdam:20261028T100000", ics, StringComparison.Ordinal);

        var (_, html) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Answer.Reason"] = "De bus is uitgevallen", ["Answer.Move"] = "annuleren" }, "stoppen");
        Assert.Contains("De boeking is geannuleerd", html, StringComparison.Ordinal);
        Assert.Equal((BookingState.Cancelled, 0), await fixture.StateAsync(bookingId, slotId));

        await fixture.Factory.DeliverMailAsync();
        foreach (var who in new[] { SelfServiceWorld.Teacher, SelfServiceWorld.EditorA })
        {
            var mail = fixture.Smtp.OnlyMail(who, "Geannuleerd", bookingId);
            Assert.Contains("De bus is uitgevallen", mail.TextBody, StringComparison.Ordinal);
            var (calendar, method) = mail.Invitation();
            Assert.Equal("CANCEL", method);
            var visit = Assert.Single(calendar.Events);
            Assert.Equal($"boeking-{bookingId}@hoewerktmijnstad.nl", visit.Uid);
            Assert.Equal(2, visit.Sequence);
            Assert.Equal("CANCELLED", visit.Status);
            Assert.Equal(new DateTime(2026, 10, 28, 9, 0, 0, DateTimeKind.Utc), visit.DtStart!.AsUtc);
        }
    }

    [Fact]
    public async Task An_unanswered_request_expires_after_five_working_days_once_and_gives_its_places_back()
    {
        // Friday 27 November 2026, 15:00 in Amsterdam: five working days later is Friday 4 December, 15:00
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 27), new TimeOnly(15, 0));
        var (bookingId, slotId) = await fixture.RequestAsync(fixture.Clock.UtcNow.AddDays(21));

        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 12, 4), new TimeOnly(14, 45));
        await fixture.RunFollowUpAsync();
        Assert.Equal((BookingState.Requested, 20), await fixture.StateAsync(bookingId, slotId));

        // two servers run the job at the same moment: one expires it, the other finds nothing to do
        var before = await fixture.OutboxCountAsync();
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 12, 4), new TimeOnly(15, 0));
        await Task.WhenAll(fixture.RunFollowUpAsync(), fixture.RunFollowUpAsync());
        var after = await fixture.OutboxCountAsync();
        Assert.Equal(2, after - before);
        await fixture.RunFollowUpAsync();
        Assert.Equal(after, await fixture.OutboxCountAsync());
        Assert.Equal((BookingState.Expired, 0), await fixture.StateAsync(bookingId, slotId));

        await fixture.Factory.DeliverMailAsync();
        var mail = fixture.Smtp.OnlyMail(SelfServiceWorld.Teacher, "is verlopen", bookingId);
        Assert.Contains("Kies een andere tijd", mail.TextBody, StringComparison.Ordinal);
        fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "Verlopen", bookingId);
    }

    [Fact]
    public async Task A_visit_reported_as_not_happened_is_not_completed_and_the_other_side_hears_it()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
        var visit = AmsterdamTime.ToInstant(new DateOnly(2026, 9, 8), new TimeOnly(13, 0));
        var (bookingId, _) = await fixture.RequestAsync(visit);
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        await editor.PostFormAsync($"/partner/boekingen/{bookingId}", NoFields, "bevestigen");
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);

        var (_, early) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Report.Reason"] = "Storm" }, "niet-doorgegaan");
        Assert.Contains("Meld dit vanaf het begin van een bevestigd bezoek", early, StringComparison.Ordinal);

        fixture.Clock.UtcNow = visit.AddHours(1);
        var (_, reported) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Report.Reason"] = "Code rood: storm, de school is dicht" }, "niet-doorgegaan");
        Assert.Contains("Gemeld: het bezoek is niet doorgegaan.", reported, StringComparison.Ordinal);

        fixture.Clock.UtcNow = visit.AddDays(2);
        await fixture.RunFollowUpAsync();
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(BookingState.NotHappened, (await db.Bookings.SingleAsync(b => b.Id == bookingId)).State);
        }

        await fixture.Factory.DeliverMailAsync();
        Assert.Contains("Code rood", fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "Niet doorgegaan", bookingId).TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Smtp.To(SelfServiceWorld.EditorA), m => (m.TextBody ?? "").Contains($"/partner/boekingen/{bookingId}/evaluatie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_programme_leader_goes_along_and_both_sides_see_it()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
        var (bookingId, _) = await fixture.RequestAsync(fixture.Clock.UtcNow.AddDays(10));
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        await editor.PostFormAsync($"/partner/boekingen/{bookingId}", NoFields, "bevestigen");

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}", new Dictionary<string, string> { ["Join.Attending"] = "True" }, "ik-ga-mee");
        await using (var db = fixture.CreateDbContext())
        {
            Assert.False((await db.Bookings.SingleAsync(b => b.Id == bookingId)).LeaderAttending);
        }

        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var (_, joined) = await leader.PostFormAsync($"/partner/boekingen/{bookingId}", new Dictionary<string, string> { ["Join.Attending"] = "True" }, "ik-ga-mee");
        Assert.Contains("Genoteerd: je gaat mee.", joined, StringComparison.Ordinal);
        Assert.Contains("Ik ga toch niet mee", joined, StringComparison.Ordinal);
        Assert.Contains("Gaat mee met dit bezoek", await teacher.GetStringAsync($"/mijn/boekingen/{bookingId}"), StringComparison.Ordinal);
        await fixture.Factory.DeliverMailAsync();
        fixture.Smtp.OnlyMail(SelfServiceWorld.Teacher, "De programmaleider gaat mee", bookingId);
        fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "De programmaleider gaat mee", bookingId);
        var (calendar, method) = fixture.Smtp.OnlyMail(SelfServiceWorld.Leader, "De programmaleider gaat mee", bookingId).Invitation();
        Assert.Equal(("REQUEST", $"boeking-{bookingId}@hoewerktmijnstad.nl"), (method, calendar.Events.Single().Uid));

        // the teacher cancels: the leader's calendar loses the visit too
        await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Answer.Reason"] = "De klas heeft toetsweek", ["Answer.Move"] = "annuleren" }, "stoppen");
        await fixture.Factory.DeliverMailAsync();
        var (cancel, cancelMethod) = fixture.Smtp.OnlyMail(SelfServiceWorld.Leader, "Geannuleerd", bookingId).Invitation();
        Assert.Equal("CANCEL", cancelMethod);
        Assert.True(cancel.Events.Single().Sequence > calendar.Events.Single().Sequence);
    }

    [Fact]
    public async Task A_teacher_of_another_school_gets_neither_the_invitation_nor_the_forms()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var (bookingId, _) = await fixture.RequestAsync(fixture.Clock.UtcNow.AddDays(7));
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        await editor.PostFormAsync($"/partner/boekingen/{bookingId}", NoFields, "bevestigen");
        await fixture.OtherTeacherAsync();
        var other = await fixture.SignedInAsync(BookingWorld.OtherTeacher);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await other.GetAsync($"/mijn/boekingen/{bookingId}/uitnodiging.ics")).StatusCode);
        var (response, _) = await other.PostFormAsync($"/mijn/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Answer.Reason"] = "Niet mijn boeking", ["Answer.Move"] = "annuleren" }, "stoppen");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(BookingState.Confirmed, (await db.Bookings.SingleAsync(b => b.Id == bookingId)).State);
    }

    [Fact]
    public async Task A_request_cancelled_before_confirmation_carries_no_calendar_cancel()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 2, 2, 10, 0, 0, TimeSpan.Zero);
        var (bookingId, _) = await fixture.RequestAsync(fixture.Clock.UtcNow.AddDays(9));
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Answer.Reason"] = "Toch een andere week", ["Answer.Move"] = "annuleren" }, "stoppen");
        await fixture.Factory.DeliverMailAsync();
        var mail = fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "Geannuleerd", bookingId);
        Assert.Empty(mail.Attachments);
    }
}
