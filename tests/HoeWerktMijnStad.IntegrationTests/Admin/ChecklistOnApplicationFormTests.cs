using System.Globalization;
using System.Net;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Admin;

/// <summary>The application form follows the leader's checklist: it asks for the items now marked to confirm on
/// apply, also when the form was opened before one was added.</summary>
public sealed partial class ChecklistOnApplicationFormTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_application_form_asks_for_the_items_now_marked_to_confirm_on_apply()
    {
        await fixture.TeacherAsync();
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(60, 2);
        var first = (await fixture.TemplateAsync(ChecklistSide.School, ChecklistPhase.Before))[0];
        Assert.True(first.ConfirmOnApply);
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        const string added = "De klas heeft de veiligheidsfilm van het bedrijf gezien.";

        await ChecklistTemplates.SaveAsync(leader, ChecklistTemplates.Page, new() { ["Input.Side"] = "School", ["Input.Phase"] = "Before", ["Input.Text"] = added, ["Input.ConfirmOnApply"] = "True" });
        await ChecklistTemplates.SaveAsync(leader, $"{ChecklistTemplates.Page}?punt={first.Id}", new() { ["Input.Text"] = first.Text });

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var form = await teacher.GetStringAsync($"/aanbod/{activityId}/aanvragen");
        Assert.Contains(added, form, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Text, form, StringComparison.Ordinal);
        var confirmations = (await fixture.TemplateAsync(ChecklistSide.School, ChecklistPhase.Before)).Where(i => i.ConfirmOnApply).ToList();
        Assert.Equal(added, confirmations[^1].Text);

        var fields = new Dictionary<string, string>
        {
            ["Input.SlotId"] = slotId.ToString(CultureInfo.InvariantCulture), ["Input.Level"] = "Vmbo", ["Input.ClassYear"] = "3",
            ["Input.Pupils"] = "12", ["Input.Adults"] = "2", ["Input.Travel"] = "Bike", ["Input.DayPhone"] = "06 12345678",
        };
        for (var i = 0; i < confirmations.Count - 1; i++)
        {
            fields[$"Input.Confirmations[{i}].Checked"] = "true";
        }

        var (_, refused) = await teacher.PostFormAsync($"/aanbod/{activityId}/aanvragen", fields, "aanvraag");
        Assert.Contains("Bevestig de punten van de checklist", refused, StringComparison.Ordinal);

        fields[$"Input.Confirmations[{confirmations.Count - 1}].Checked"] = "true";
        var (_, sent) = await teacher.PostFormAsync($"/aanbod/{activityId}/aanvragen", fields, "aanvraag");
        Assert.Contains("Je aanvraag is verstuurd", sent, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var booking = await db.Bookings.SingleAsync(b => b.ActivityId == activityId);
        Assert.Equal(confirmations.Select(i => i.Text), booking.AppliedConfirmations);
    }

    [Fact]
    public async Task A_form_opened_before_an_item_to_confirm_was_added_shows_that_item_when_refused()
    {
        await fixture.TeacherAsync();
        var (activityId, slotId) = await fixture.ActivityWithSlotAsync(60, 2);
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var url = $"/aanbod/{activityId}/aanvragen";
        var stale = HiddenFields().Matches(await teacher.GetStringAsync(url))
            .GroupBy(m => WebUtility.HtmlDecode(m.Groups["name"].Value))
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["value"].Value));
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        const string added = "De klas heeft de plattegrond van het terrein bekeken.";
        await ChecklistTemplates.SaveAsync(leader, ChecklistTemplates.Page, new() { ["Input.Side"] = "School", ["Input.Phase"] = "Before", ["Input.Text"] = added, ["Input.ConfirmOnApply"] = "True" });

        // the form as it was shown, every item on it ticked
        var fields = new Dictionary<string, string>(stale)
        {
            ["Input.SlotId"] = slotId.ToString(CultureInfo.InvariantCulture), ["Input.Level"] = "Vmbo", ["Input.ClassYear"] = "3",
            ["Input.Pupils"] = "12", ["Input.Adults"] = "2", ["Input.Travel"] = "Bike", ["Input.DayPhone"] = "06 12345678",
        };
        foreach (var id in stale.Keys.Where(k => k.EndsWith("].Id", StringComparison.Ordinal)).ToList())
        {
            fields[id.Replace("].Id", "].Checked", StringComparison.Ordinal)] = "true";
        }

        var refused = await (await teacher.PostAsync(url, HtmlForms.Content(fields))).Content.ReadAsStringAsync();

        Assert.Contains("Bevestig de punten van de checklist", refused, StringComparison.Ordinal);
        Assert.Contains($">{added}</label>", refused, StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<input(?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]*)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex HiddenFields();
}
