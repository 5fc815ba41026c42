using System.Globalization;
using System.Net;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

/// <summary>The application form, the booking pages and the partner's answer, through HTTP as a browser posts them.</summary>
public sealed class BookingFlowTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private static Dictionary<string, string> Form(int slotId, int pupils, string? requestKey = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.SlotId"] = slotId.ToString(CultureInfo.InvariantCulture),
            ["Input.Level"] = "Vmbo",
            ["Input.ClassYear"] = "3",
            ["Input.Pupils"] = pupils.ToString(CultureInfo.InvariantCulture),
            ["Input.Adults"] = "2",
            ["Input.LearningGoals"] = "Hoe werkt een warmtepomp?",
            ["Input.Travel"] = "Bike",
            ["Input.DayPhone"] = "06 12345678",
            ["Input.Confirmations[0].Checked"] = "true",
            ["Input.Confirmations[1].Checked"] = "true",
            ["Input.Confirmations[2].Checked"] = "true",
        };
        if (requestKey is not null)
        {
            fields["Input.RequestKey"] = requestKey;
        }

        return fields;
    }

    private async Task<(int ActivityId, int SlotId, int BookingId)> BookAsync(int pupils = 12)
    {
        await fixture.TeacherAsync();
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(60, 2);
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var (response, html) = await teacher.PostFormAsync($"/aanbod/{activityId}/aanvragen", Form(slotId, pupils), "aanvraag");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Je aanvraag is verstuurd", html, StringComparison.Ordinal);
        var bookingId = int.Parse(response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1], CultureInfo.InvariantCulture);
        return (activityId, slotId, bookingId);
    }

    [Fact]
    public async Task A_teacher_books_a_slot_and_the_partner_confirms_it_with_the_checklist()
    {
        var (_, slotId, bookingId) = await BookAsync(pupils: 12);

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var mine = await teacher.GetStringAsync("/mijn/boekingen");
        Assert.Contains("Aangevraagd", mine, StringComparison.Ordinal);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(12, (await db.Slots.SingleAsync(s => s.Id == slotId)).BookedPupils);
        }

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        Assert.Contains("Testschool Oost", await editor.GetStringAsync("/partner/boekingen"), StringComparison.Ordinal);
        var (_, confirmed) = await editor.PostFormAsync($"/partner/boekingen/{bookingId}", new Dictionary<string, string>(), "bevestigen");
        Assert.Contains("Het bezoek is bevestigd", confirmed, StringComparison.Ordinal);

        var page = await teacher.GetStringAsync($"/mijn/boekingen/{bookingId}");
        Assert.Contains("<strong>Bevestigd</strong>", page, StringComparison.Ordinal);
        // what the teacher confirmed in the application form comes ticked, and so does the automatic "confirmed" (issue 17 §2)
        Assert.Contains("School: 4 van 13 gedaan", page, StringComparison.Ordinal);
        Assert.Contains("Bedrijf: 0 van 11 gedaan", page, StringComparison.Ordinal);
        Assert.Contains("Aanvraag ingediend", page, StringComparison.Ordinal);
        var partnerView = await editor.GetStringAsync($"/partner/boekingen/{bookingId}");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(partnerView, @"gedaan door [^<]*\(in de aanvraag\)"));
    }

    [Fact]
    public async Task Each_side_ticks_its_own_checklist_and_sees_the_others_progress()
    {
        var (_, _, bookingId) = await BookAsync();
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        await editor.PostFormAsync($"/partner/boekingen/{bookingId}", new Dictionary<string, string>(), "bevestigen");
        await using var db = fixture.CreateDbContext();
        var items = await db.BookingChecklistItems.Where(i => i.BookingId == bookingId).OrderBy(i => i.Side).ThenBy(i => i.Phase).ThenBy(i => i.Position).ToListAsync();
        var schoolItem = items.First(i => i.Side == ChecklistSide.School);
        var companyItem = items.First(i => i.Side == ChecklistSide.Company);
        // the automatic item stays ticked, as a browser sends its box
        var automatic = items.Single(i => i.Side == ChecklistSide.School && i.TicksOn == ChecklistEvent.Confirmed);

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var (_, html) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}", new Dictionary<string, string>
        {
            [$"Ticks.Done[{schoolItem.Id}]"] = "true", [$"Ticks.Done[{companyItem.Id}]"] = "true", [$"Ticks.Done[{automatic.Id}]"] = "true",
        }, "checklist");

        Assert.Contains("De checklist is opgeslagen", html, StringComparison.Ordinal);
        Assert.Contains("School: 2 van 13 gedaan", html, StringComparison.Ordinal);
        Assert.Contains("Bedrijf: 0 van 11 gedaan", html, StringComparison.Ordinal);
        var partnerView = await editor.GetStringAsync($"/partner/boekingen/{bookingId}");
        Assert.Contains($"{schoolItem.Text} — gedaan door", partnerView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_class_too_big_for_the_activity_is_refused_with_what_was_typed_kept()
    {
        await fixture.TeacherAsync();
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(60, 2, maxGroupSize: 20);
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);

        var (_, html) = await teacher.PostFormAsync($"/aanbod/{activityId}/aanvragen", Form(slotId, 25), "aanvraag");

        Assert.Contains("groepen van 1 tot 20 leerlingen", html, StringComparison.Ordinal);
        Assert.Contains("Hoe werkt een warmtepomp?", html, StringComparison.Ordinal);
        Assert.Contains("value=\"06 12345678\"", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(0, await db.Bookings.CountAsync(b => b.ActivityId == activityId));
    }

    [Fact]
    public async Task Unticked_checklist_items_are_asked_for()
    {
        await fixture.TeacherAsync();
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(60, 2);
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var form = Form(slotId, 10);
        form.Remove("Input.Confirmations[1].Checked");

        var (_, html) = await teacher.PostFormAsync($"/aanbod/{activityId}/aanvragen", form, "aanvraag");

        Assert.Contains("Bevestig de punten van de checklist", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_form_sent_twice_makes_one_booking()
    {
        await fixture.TeacherAsync();
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(60, 2);
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var key = Guid.NewGuid().ToString();

        var (first, _) = await teacher.PostFormAsync($"/aanbod/{activityId}/aanvragen", Form(slotId, 10, key), "aanvraag");
        var (second, _) = await teacher.PostFormAsync($"/aanbod/{activityId}/aanvragen", Form(slotId, 10, key), "aanvraag");

        Assert.Equal(first.RequestMessage!.RequestUri, second.RequestMessage!.RequestUri);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.ActivityId == activityId));
        Assert.Equal(10, (await db.Slots.SingleAsync(s => s.Id == slotId)).BookedPupils);
    }

    [Fact]
    public async Task Another_school_and_another_partner_can_neither_see_nor_answer_a_booking()
    {
        var (_, _, bookingId) = await BookAsync();
        await fixture.OtherTeacherAsync();

        var other = await fixture.SignedInAsync(BookingWorld.OtherTeacher);
        var response = await other.GetAsync($"/mijn/boekingen/{bookingId}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Testschool Oost", await other.GetStringAsync("/mijn/boekingen"), StringComparison.Ordinal);

        var editorB = await fixture.SignedInAsync(SelfServiceWorld.EditorB);
        Assert.Equal(HttpStatusCode.Forbidden, (await editorB.GetAsync($"/partner/boekingen/{bookingId}")).StatusCode);
        await editorB.PostFormAsync($"/partner/boekingen/{bookingId}", new Dictionary<string, string>(), "bevestigen");
        await using var db = fixture.CreateDbContext();
        Assert.Equal(BookingState.Requested, (await db.Bookings.SingleAsync(b => b.Id == bookingId)).State);
    }

    [Fact]
    public async Task A_teacher_cannot_confirm_their_own_request()
    {
        var (_, _, bookingId) = await BookAsync();
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);

        await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}", new Dictionary<string, string>(), "bevestigen");

        await using var db = fixture.CreateDbContext();
        Assert.Equal(BookingState.Requested, (await db.Bookings.SingleAsync(b => b.Id == bookingId)).State);
    }

    [Fact]
    public async Task An_activity_with_bookings_stays_and_the_partner_is_told_why()
    {
        var (activityId, _, bookingId) = await BookAsync();
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);

        var (_, html) = await editor.PostFormAsync($"/partner/aanbod?partner=partner-a&activiteit={activityId}",
            new Dictionary<string, string> { ["Remove.PartnerSlug"] = "partner-a", ["Remove.Id"] = activityId.ToString(CultureInfo.InvariantCulture) }, "activiteit-weg");

        Assert.Contains("Deze activiteit heeft boekingen en blijft daarom bestaan", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.True(await db.Bookings.AnyAsync(b => b.Id == bookingId && b.ActivityId == activityId));
    }

    [Fact]
    public async Task A_reason_that_is_too_long_is_refused_with_a_message_not_an_error()
    {
        var (_, _, bookingId) = await BookAsync();
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);

        var (response, html) = await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Answer.Reason"] = new string('x', 1_500), ["Answer.Move"] = "annuleren" }, "stoppen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("3 tot 900 tekens", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declined_request_gives_its_places_back()
    {
        var (_, slotId, bookingId) = await BookAsync(pupils: 15);
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);

        var (_, html) = await editor.PostFormAsync($"/partner/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Answer.Reason"] = "Die week is de werkplaats dicht.", ["Answer.Move"] = "afwijzen" }, "stoppen");

        Assert.Contains("De aanvraag is afgewezen", html, StringComparison.Ordinal);
        Assert.Contains("Die week is de werkplaats dicht.", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var slot = await db.Slots.SingleAsync(s => s.Id == slotId);
        Assert.Equal((0, 0), (slot.BookedPupils, slot.BookedGroups));
    }
}
