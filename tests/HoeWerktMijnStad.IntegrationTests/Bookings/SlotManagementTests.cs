using System.Net;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

public sealed class SlotManagementTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private static Dictionary<string, string> Slot(int activityId, string date, string? until = null) => new()
    {
        ["Input.PartnerSlug"] = "partner-a",
        ["Input.ActivityId"] = activityId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Date"] = date,
        ["Input.Start"] = "09:30",
        ["Input.End"] = "11:00",
        ["Input.CapacityPupils"] = "32",
        ["Input.CapacityGroups"] = "2",
        ["Input.RepeatUntil"] = until ?? "",
        ["Input.SkipHolidays[0].Selected"] = "true",
    };

    [Fact]
    public async Task A_weekly_series_is_added_around_the_holiday_and_a_slot_can_be_closed()
    {
        var (activityId, _) = await fixture.ActivityWithSlotAsync(30, 1);
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var url = $"/partner/aanbod/tijden?partner=partner-a&activiteit={activityId}";

        var (_, html) = await editor.PostFormAsync(url, Slot(activityId, "2026-12-08", "2027-01-12"), "tijd");

        Assert.Contains("4 tijden zijn toegevoegd", html, StringComparison.Ordinal);
        Assert.Contains("dinsdag 5 januari 2027, 09:30–11:00", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var series = await db.Slots.Where(s => s.ActivityId == activityId && s.CapacityPupils == 32).OrderBy(s => s.StartsAt).ToListAsync();
        Assert.Equal(4, series.Count);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 8, 30, 0, TimeSpan.Zero), series[0].StartsAt);

        var (_, closed) = await editor.PostFormAsync(url, new Dictionary<string, string> { ["Close.Id"] = series[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "tijd-sluiten");
        Assert.Contains("De tijd is gesloten", closed, StringComparison.Ordinal);
        Assert.True((await db.Slots.AsNoTracking().SingleAsync(s => s.Id == series[0].Id)).Closed);
    }

    [Fact]
    public async Task A_date_in_the_past_is_refused_and_nothing_is_added()
    {
        var (activityId, _) = await fixture.ActivityWithSlotAsync(30, 1);
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);

        var (_, html) = await editor.PostFormAsync($"/partner/aanbod/tijden?partner=partner-a&activiteit={activityId}", Slot(activityId, "2026-11-01"), "tijd");

        Assert.Contains("Kies een datum na vandaag.", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.Slots.CountAsync(s => s.ActivityId == activityId));
    }

    [Fact]
    public async Task Another_partners_editor_cannot_add_or_close_slots()
    {
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(30, 1);
        var editorB = await fixture.SignedInAsync(SelfServiceWorld.EditorB);
        var url = $"/partner/aanbod/tijden?partner=partner-a&activiteit={activityId}";

        Assert.Equal(HttpStatusCode.Forbidden, (await editorB.GetAsync(url)).StatusCode);
        await editorB.PostFormAsync(url, Slot(activityId, "2026-12-08"), "tijd");
        await editorB.PostFormAsync(url, new Dictionary<string, string> { ["Close.Id"] = slotId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Close.PartnerSlug"] = "partner-a", ["Close.ActivityId"] = activityId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "tijd-sluiten");

        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.Slots.CountAsync(s => s.ActivityId == activityId));
        Assert.False((await db.Slots.SingleAsync(s => s.Id == slotId)).Closed);
    }
}
