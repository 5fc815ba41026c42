using System.Globalization;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.IntegrationTests.Admin;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

/// <summary>Issue 17 §2: automatic checklist items tick themselves (confirmed, reminder sent, evaluation sent), a hand
/// that tries is told so, the reminder lists both sides' open items, and the leader makes an item automatic.</summary>
public sealed class AutomaticChecklistTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private async Task<List<BookingChecklistItem>> ChecklistAsync(int bookingId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.BookingChecklistItems.AsNoTracking().Where(i => i.BookingId == bookingId).OrderBy(i => i.Id).ToListAsync();
    }

    [Fact]
    public async Task Confirmation_reminder_and_evaluation_tick_their_items_and_a_hand_that_tries_is_told_it_ticks_itself()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var bookingId = await fixture.ConfirmedBookingAsync();
        var checklist = await ChecklistAsync(bookingId);
        var confirmed = Assert.Single(checklist, i => i.Side == ChecklistSide.School && i.TicksOn == ChecklistEvent.Confirmed);
        Assert.Equal((ChecklistSide.School, BookingLabels.AutomaticallyTicked), (confirmed.Side, confirmed.DoneBy));
        Assert.NotNull(confirmed.DoneAt);
        var reminderItem = Assert.Single(checklist, i => i.TicksOn == ChecklistEvent.ReminderSent);
        Assert.Null(reminderItem.DoneAt);

        // the teacher unticks the automatic item and ticks the evaluation by hand: both stay as they were, the rest is saved
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var page = await teacher.GetStringAsync($"/mijn/boekingen/{bookingId}");
        Assert.Contains("Automatisch: vinkt zichzelf aan zodra de evaluatie van deze kant verstuurd is.", page, StringComparison.Ordinal);
        var schoolEvaluation = Assert.Single(checklist, i => i.Side == ChecklistSide.School && i.TicksOn == ChecklistEvent.EvaluationSent);
        var transport = Assert.Single(checklist, i => i.Text == "Het vervoer en de vertrektijd zijn geregeld.");
        var ticks = checklist.Where(i => i.Side == ChecklistSide.School && i.DoneAt != null && i.Id != confirmed.Id).Select(i => i.Id)
            .Append(schoolEvaluation.Id).Append(transport.Id)
            .ToDictionary(id => $"Ticks.Done[{id.ToString(CultureInfo.InvariantCulture)}]", _ => "true");
        var (_, told) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}", ticks, "checklist");
        Assert.Contains("\"Het bedrijf heeft het bezoek bevestigd.\" vinkt zichzelf aan zodra het bezoek bevestigd is; dat hoef je niet met de hand te doen.", System.Net.WebUtility.HtmlDecode(told), StringComparison.Ordinal);
        checklist = await ChecklistAsync(bookingId);
        Assert.NotNull(checklist.Single(i => i.Id == confirmed.Id).DoneAt);
        Assert.Null(checklist.Single(i => i.Id == schoolEvaluation.Id).DoneAt);
        Assert.NotNull(checklist.Single(i => i.Id == transport.Id).DoneAt);

        // two days before: the reminder ticks its item, and each side reads the other's open items too
        await using (var db = fixture.CreateDbContext())
        {
            fixture.Clock.UtcNow = (await db.Bookings.SingleAsync(b => b.Id == bookingId)).StartsAt!.Value.AddDays(-2).AddMinutes(1);
        }

        await fixture.RunFollowUpAsync();
        await fixture.Factory.DeliverMailAsync();
        Assert.Equal(BookingLabels.AutomaticallyTicked, (await ChecklistAsync(bookingId)).Single(i => i.Id == reminderItem.Id).DoneBy);
        var toTeacher = fixture.Smtp.OnlyMail(SelfServiceWorld.Teacher, "Herinnering", bookingId);
        Assert.Contains("Nog open op je checklist voor vooraf:", toTeacher.TextBody, StringComparison.Ordinal);
        Assert.Contains("Nog open bij Partner A (6):", toTeacher.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("De herinnering met de open punten", toTeacher.TextBody, StringComparison.Ordinal);
        var toPartner = fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "Herinnering", bookingId);
        Assert.Contains("Nog open bij Testschool Oost (3):", toPartner.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Het vervoer en de vertrektijd zijn geregeld.", toPartner.TextBody, StringComparison.Ordinal);

        // after the visit: the school's evaluation ticks the school's item only
        fixture.Clock.UtcNow = fixture.Clock.UtcNow.AddDays(3);
        await fixture.RunFollowUpAsync();
        var (_, sent) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}/evaluatie", BookingLifecycleTests.Evaluation(8, send: true), "evaluatie");
        Assert.Contains("Je evaluatie is verstuurd", sent, StringComparison.Ordinal);
        checklist = await ChecklistAsync(bookingId);
        Assert.Equal(BookingLabels.AutomaticallyTicked, checklist.Single(i => i.Id == schoolEvaluation.Id).DoneBy);
        Assert.Null(checklist.Single(i => i.Side == ChecklistSide.Company && i.TicksOn == ChecklistEvent.EvaluationSent).DoneAt);
        var partnerPage = await (await fixture.SignedInAsync(SelfServiceWorld.EditorA)).GetStringAsync($"/partner/boekingen/{bookingId}");
        Assert.Contains("De evaluatie is ingevuld. — automatisch afgevinkt", partnerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_leader_makes_an_item_automatic_and_bookings_confirmed_afterwards_tick_it_on_its_event()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        // an item of the day itself, so the other test's counts of open items before the visit hold in either order
        var item = (await fixture.TemplateAsync(ChecklistSide.Company, ChecklistPhase.OnTheDay)).Single(i => i.Position == 1);
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);

        // automatic and confirmed in the application form at once is refused at the field, the choice kept
        var (_, refused) = await ChecklistTemplates.SaveAsync(leader, $"{ChecklistTemplates.Page}?punt={item.Id}",
            new() { ["Input.Text"] = item.Text, ["Input.TicksOn"] = "Confirmed", ["Input.ConfirmOnApply"] = "True" });
        Assert.Contains("Een punt dat zichzelf aanvinkt, bevestigt de docent niet bij de aanvraag.", refused, StringComparison.Ordinal);

        var (_, saved) = await ChecklistTemplates.SaveAsync(leader, $"{ChecklistTemplates.Page}?punt={item.Id}",
            new() { ["Input.Text"] = item.Text, ["Input.TicksOn"] = "Confirmed" });
        Assert.Contains($"{item.Text} (automatisch, zodra het bezoek bevestigd is)", saved, StringComparison.Ordinal);
        var form = await leader.GetStringAsync($"{ChecklistTemplates.Page}?punt={item.Id}");
        Assert.Contains("<option value=\"Confirmed\" selected", form, StringComparison.Ordinal);

        fixture.Clock.UtcNow = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        var bookingId = await fixture.ConfirmedBookingAsync();
        var copy = (await ChecklistAsync(bookingId)).Single(i => i.Text == item.Text);
        Assert.Equal((ChecklistEvent.Confirmed, BookingLabels.AutomaticallyTicked), (copy.TicksOn, copy.DoneBy));
    }
}
