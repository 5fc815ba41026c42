using System.Globalization;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

/// <summary>Issue 17 §3: the answer deadline (5 working days, and 2 working days before the visit), slots that leave
/// the partner too little time, and slot series around editable school holidays and computed public holidays.
/// The fixture's clock stands at Monday 23 November 2026, 12:00 in Amsterdam.</summary>
public sealed class TimeRulesTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private static DateTimeOffset At(int month, int day, int hour, int year = 2026) =>
        AmsterdamTime.ToInstant(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    [Fact]
    public async Task The_form_offers_only_slots_that_leave_a_working_day_and_says_the_deadline_and_a_near_request_expires_two_working_days_before()
    {
        var start = fixture.Clock.UtcNow;
        try
        {
            await fixture.TeacherAsync();
            var (activityId, tooNear) = await fixture.ActivityWithSlotAsync(30, 1, startsAt: At(11, 25, 10));
            int offered;
            await using (var db = fixture.CreateDbContext())
            {
                var slot = new Slot { ActivityId = activityId, StartsAt = At(12, 3, 10), EndsAt = At(12, 3, 12), CapacityPupils = 30, CapacityGroups = 1 };
                db.Slots.Add(slot);
                await db.SaveChangesAsync();
                offered = slot.Id;
            }

            var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
            var form = await teacher.GetStringAsync($"/aanbod/{activityId}/aanvragen");
            Assert.DoesNotContain($"slot-{tooNear}\"", form, StringComparison.Ordinal);
            Assert.Contains($"slot-{offered}\"", form, StringComparison.Ordinal);
            // answer before the earlier of Monday 30 November 12:00 (5 working days) and Tuesday 1 December 10:00
            Assert.Contains("antwoord uiterlijk maandag 30 november 2026, 12:00", form, StringComparison.Ordinal);
            Assert.Contains("uiterlijk twee werkdagen voor het bezoek", form, StringComparison.Ordinal);

            // a request for Tuesday 1 December 10:00 must be answered by Friday 27 November 10:00
            var (bookingId, slotId) = await fixture.RequestAsync(At(12, 1, 10));
            await fixture.Factory.DeliverMailAsync();
            Assert.Contains("Beantwoord de aanvraag vóór vrijdag 27 november 2026, 10:00", fixture.Smtp.OnlyMail(SelfServiceWorld.EditorA, "Nieuwe aanvraag", bookingId).TextBody, StringComparison.Ordinal);
            // the partner's board and the booking's page say the same deadline
            var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
            Assert.Contains("Antwoord uiterlijk vrijdag 27 november 2026, 10:00", await editor.GetStringAsync("/partner/boekingen"), StringComparison.Ordinal);
            var bookingPage = await editor.GetStringAsync($"/partner/boekingen/{bookingId}");
            Assert.Contains("<dt>Antwoord uiterlijk</dt>", bookingPage, StringComparison.Ordinal);
            Assert.Contains("vrijdag 27 november 2026, 10:00; daarna vervalt de aanvraag", bookingPage, StringComparison.Ordinal);
            fixture.Clock.UtcNow = At(11, 27, 9);
            await fixture.RunFollowUpAsync();
            Assert.Equal(BookingState.Requested, (await fixture.StateAsync(bookingId, slotId)).State);
            fixture.Clock.UtcNow = At(11, 27, 10);
            await fixture.RunFollowUpAsync();
            Assert.Equal(BookingState.Expired, (await fixture.StateAsync(bookingId, slotId)).State);
        }
        finally
        {
            fixture.Clock.UtcNow = start;
        }
    }

    [Fact]
    public async Task The_leader_keeps_the_school_holidays_and_a_series_skips_them_and_the_public_holidays()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var page = await leader.GetStringAsync("/beheer/vakanties");
        Assert.Contains("Kerstvakantie 2026", page, StringComparison.Ordinal);
        Assert.Contains("Koningsdag: 27 april 2027", page, StringComparison.Ordinal);

        // a refusal says what is wrong next to the field and keeps what was typed
        var (_, refused) = await leader.PostFormAsync("/beheer/vakanties",
            new Dictionary<string, string> { ["Input.Name"] = "Studiedagen maart", ["Input.First"] = "2027-03-14", ["Input.Last"] = "2027-03-08" }, "vakantie");
        Assert.Contains("De laatste dag ligt op of na de eerste", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Studiedagen maart\"", refused, StringComparison.Ordinal);
        Assert.Matches("<input id=\"holiday-last\"[^>]*aria-invalid=\"true\"", refused);

        var (_, added) = await leader.PostFormAsync("/beheer/vakanties",
            new Dictionary<string, string> { ["Input.Name"] = "Studiedagen maart", ["Input.First"] = "2027-03-08", ["Input.Last"] = "2027-03-14" }, "vakantie");
        Assert.Contains("Studiedagen maart staat in de lijst", added, StringComparison.Ordinal);

        // Mondays from 1 March to 5 April 2027: 8 March in the new holiday, 29 March is Easter Monday
        var (activityId, _) = await fixture.ActivityWithSlotAsync(30, 1);
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var url = $"/partner/aanbod/tijden?partner=partner-a&activiteit={activityId}";
        var slots = await editor.GetStringAsync(url);
        Assert.Contains("Studiedagen maart", slots, StringComparison.Ordinal);
        var fields = new Dictionary<string, string>
        {
            ["Input.PartnerSlug"] = "partner-a", ["Input.ActivityId"] = activityId.ToString(CultureInfo.InvariantCulture),
            ["Input.Date"] = "2027-03-01", ["Input.Start"] = "09:30", ["Input.End"] = "11:00", ["Input.CapacityPupils"] = "30",
            ["Input.CapacityGroups"] = "1", ["Input.RepeatUntil"] = "2027-04-05",
        };
        for (var i = 0; i < 8; i++)
        {
            fields[$"Input.SkipHolidays[{i}].Selected"] = "true";
        }

        var (_, series) = await editor.PostFormAsync(url, fields, "tijd");
        Assert.Contains("4 tijden zijn toegevoegd", series, StringComparison.Ordinal);
        await using (var db = fixture.CreateDbContext())
        {
            var days = (await db.Slots.Where(s => s.ActivityId == activityId && s.StartsAt > At(3, 1, 0, 2027)).Select(s => s.StartsAt).ToListAsync())
                .Select(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s, AmsterdamTime.Zone).DateTime)).Order().ToList();
            Assert.Equal([new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 15), new DateOnly(2027, 3, 22), new DateOnly(2027, 4, 5)], days);
        }

        await using (var db = fixture.CreateDbContext())
        {
            var id = await db.SchoolHolidays.Where(h => h.Name == "Studiedagen maart").Select(h => h.Id).SingleAsync();
            var (_, removed) = await leader.PostFormAsync("/beheer/vakanties", new Dictionary<string, string> { ["VakantieId"] = id.ToString(CultureInfo.InvariantCulture) }, "vakantie-weg");
            Assert.Contains("Studiedagen maart is uit de lijst gehaald.", removed, StringComparison.Ordinal);
        }

        await using var check = fixture.CreateDbContext();
        Assert.False(await check.SchoolHolidays.AnyAsync(h => h.Name == "Studiedagen maart"));
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.Action.StartsWith("Schoolvakantie")));
    }
}
