using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

/// <summary>Cancel, propose another date, expire, "niet doorgegaan" and "ik ga mee": each through the page a
/// user would use, with the mails the real SMTP server receives and the places the slot gets back.</summary>
/// <summary>Another date: the partner proposes it, the teacher takes it, turns it down or lets it pass; and only
/// the booking's own sides can do any of it.</summary>
public sealed class BookingProposalTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private static readonly Dictionary<string, string> NoFields = [];

    [Fact]
    public async Task The_partner_proposes_another_date_and_the_teacher_takes_it()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var (bookingId, slotId) = await fixture.RequestAsync(fixture.Clock.UtcNow.AddDays(7));
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);

        var (_, refused) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Proposal.Date"] = "2026-12-10", ["Proposal.Start"] = "13:00" }, "voorstel");
        Assert.Contains(SiteText.Of<BookingsText>(BookingWorkflow.PartnerOnly), System.Net.WebUtility.HtmlDecode(refused), StringComparison.Ordinal);

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var (_, missing) = await editor.PostFormAsync($"/partner/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Proposal.Message"] = "Dan is de hal vrij" }, "voorstel");
        Assert.Contains("Kies een datum en een begintijd.", missing, StringComparison.Ordinal);
        Assert.Contains("Dan is de hal vrij", missing, StringComparison.Ordinal);

        var (_, proposed) = await editor.PostFormAsync($"/partner/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Proposal.Date"] = "2026-12-10", ["Proposal.Start"] = "13:00", ["Proposal.Message"] = "Dan is de hal vrij" }, "voorstel");
        Assert.Contains("Je voorstel is naar de school gestuurd", proposed, StringComparison.Ordinal);
        await fixture.Factory.DeliverMailAsync();
        var mail = fixture.Smtp.OnlyMail(SelfServiceWorld.Teacher, "stelt een andere datum voor", bookingId);
        Assert.Contains("donderdag 10 december 2026, 13:00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Dan is de hal vrij", mail.TextBody, StringComparison.Ordinal);

        var page = await teacher.GetStringAsync($"/mijn/boekingen/{bookingId}");
        Assert.Contains("De partner stelt voor: <strong>donderdag 10 december 2026, 13:00</strong>", page, StringComparison.Ordinal);
        var (_, taken) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}", new Dictionary<string, string> { ["Reply.Take"] = "true" }, "voorstel-antwoord");
        Assert.Contains("Je hebt het voorstel aangenomen", taken, StringComparison.Ordinal);

        await using var db = fixture.CreateDbContext();
        var booking = await db.Bookings.SingleAsync(b => b.Id == bookingId);
        Assert.Equal(BookingState.Confirmed, booking.State);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 12, 0, 0, TimeSpan.Zero), booking.StartsAt);
        Assert.Null(booking.SlotId);
        Assert.Equal(0, (await db.Slots.SingleAsync(s => s.Id == slotId)).BookedPupils);
        await fixture.Factory.DeliverMailAsync();
        var (calendar, _) = fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "Bevestigd", bookingId).Invitation();
        Assert.Equal(new DateTime(2026, 12, 10, 12, 0, 0, DateTimeKind.Utc), calendar.Events.Single().DtStart!.AsUtc);
    }

    [Fact]
    public async Task The_teacher_turns_a_proposal_down_and_the_request_stops_with_its_places_back()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 5, 11, 10, 0, 0, TimeSpan.Zero);
        var (bookingId, slotId) = await fixture.RequestAsync(fixture.Clock.UtcNow.AddDays(10));
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        await editor.PostFormAsync($"/partner/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Proposal.Date"] = "2026-06-02", ["Proposal.Start"] = "10:00" }, "voorstel");

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var (_, noAnswer) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}", NoFields, "voorstel-antwoord");
        Assert.Contains(SiteText.Of<BookingsText>(BookingWorkflow.Stale), System.Net.WebUtility.HtmlDecode(noAnswer), StringComparison.Ordinal);
        Assert.Equal((BookingState.Requested, 20), await fixture.StateAsync(bookingId, slotId));

        var (_, turned) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}", new Dictionary<string, string> { ["Reply.Take"] = "false" }, "voorstel-antwoord");
        Assert.Contains("Je hebt het voorstel afgewezen", turned, StringComparison.Ordinal);
        Assert.Equal((BookingState.Cancelled, 0), await fixture.StateAsync(bookingId, slotId));
        await fixture.Factory.DeliverMailAsync();
        fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "kan niet op de voorgestelde datum", bookingId);
    }

    [Fact]
    public async Task A_proposal_the_school_leaves_unanswered_expires_at_its_date_and_says_so()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 4, 6, 10, 0, 0, TimeSpan.Zero);
        var (bookingId, _) = await fixture.RequestAsync(fixture.Clock.UtcNow.AddDays(30));
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        await editor.PostFormAsync($"/partner/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Proposal.Date"] = "2026-04-29", ["Proposal.Start"] = "09:00" }, "voorstel");

        // long past five working days, but the school has until the proposed date
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 4, 28), new TimeOnly(12, 0));
        await fixture.RunFollowUpAsync();
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(BookingState.Requested, (await db.Bookings.SingleAsync(b => b.Id == bookingId)).State);
        }

        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 4, 29), new TimeOnly(9, 0));
        await fixture.RunFollowUpAsync();
        await fixture.Factory.DeliverMailAsync();
        Assert.Contains("niet op tijd gereageerd op de datum", fixture.Smtp.OnlyMail(SelfServiceWorld.Teacher, "Verlopen", bookingId).TextBody, StringComparison.Ordinal);
        Assert.Contains("niet gereageerd op de datum die je voorstelde", fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "Verlopen", bookingId).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_partner_or_school_cannot_propose_report_or_evaluate()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        var (bookingId, _) = await fixture.RequestAsync(fixture.Clock.UtcNow.AddDays(9));
        await fixture.OtherTeacherAsync();
        var otherEditor = await fixture.SignedInAsync(SelfServiceWorld.EditorB);
        var (proposal, _) = await otherEditor.PostFormAsync($"/partner/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Proposal.Date"] = "2026-03-20", ["Proposal.Start"] = "10:00" }, "voorstel");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, proposal.StatusCode);

        var otherTeacher = await fixture.SignedInAsync(BookingWorld.OtherTeacher);
        var (report, _) = await otherTeacher.PostFormAsync($"/mijn/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Report.Reason"] = "Niet mijn bezoek" }, "niet-doorgegaan");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, report.StatusCode);
        var (evaluation, _) = await otherTeacher.PostFormAsync($"/mijn/boekingen/{bookingId}/evaluatie",
            new Dictionary<string, string> { ["Input.Mark"] = "1", ["Input.Action"] = "versturen" }, "evaluatie");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, evaluation.StatusCode);

        await using var db = fixture.CreateDbContext();
        var booking = await db.Bookings.SingleAsync(b => b.Id == bookingId);
        Assert.Equal((BookingState.Requested, null), (booking.State, booking.ProposedStartsAt));
        Assert.False(await db.Evaluations.AnyAsync(e => e.BookingId == bookingId));
    }
}
