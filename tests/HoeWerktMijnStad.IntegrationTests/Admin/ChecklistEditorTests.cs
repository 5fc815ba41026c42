using System.Globalization;
using System.Net;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Admin;

/// <summary>The programme leader edits the standard checklist on /beheer/checklist; bookings confirmed later
/// take the new list, bookings confirmed before keep theirs. The tests share one database, so each changes
/// its own side and phase of the list.</summary>
public sealed class ChecklistEditorTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private const string Page = ChecklistTemplates.Page;

    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> LeaderAsync() => fixture.SignedInAsync(SelfServiceWorld.Leader);

    private static Task<(HttpResponseMessage Response, string Html)> SaveAsync(HttpClient client, string page, Dictionary<string, string> fields) =>
        ChecklistTemplates.SaveAsync(client, page, fields);

    private static Task<(HttpResponseMessage Response, string Html)> CommandAsync(HttpClient client, string verb, int id) =>
        client.PostFormAsync(Page, new Dictionary<string, string> { ["Order.Command"] = $"{verb}:{id.ToString(CultureInfo.InvariantCulture)}" }, "checklist-volgorde");

    private Task<List<ChecklistTemplateItem>> TemplateAsync(ChecklistSide side, ChecklistPhase phase) => fixture.TemplateAsync(side, phase);

    private async Task<List<string>> BookingChecklistAsync(int bookingId, ChecklistSide side, ChecklistPhase phase)
    {
        await using var db = fixture.CreateDbContext();
        return await db.BookingChecklistItems.Where(i => i.BookingId == bookingId && i.Side == side && i.Phase == phase)
            .OrderBy(i => i.Position).Select(i => i.Text).ToListAsync();
    }

    private async Task<bool> AuditedAsync(string action, string subjectPart)
    {
        await using var db = fixture.CreateDbContext();
        return await db.AuditEntries.AnyAsync(e => e.Action == action && e.Subject.Contains(subjectPart) && e.ActorEmail == SelfServiceWorld.Leader);
    }

    [Fact]
    public async Task The_leader_sees_both_sides_in_three_phases_and_is_told_edits_apply_to_visits_confirmed_later()
    {
        var leader = await LeaderAsync();

        var html = await leader.GetStringAsync(Page);

        foreach (var heading in new[] { "School, vooraf", "School, op de dag zelf", "School, achteraf", "Bedrijf, vooraf", "Bedrijf, op de dag zelf", "Bedrijf, achteraf" })
        {
            Assert.Contains($">{heading}</h3>", html, StringComparison.Ordinal);
        }

        Assert.Contains("Wijzigingen gelden dus alleen voor boekingen die daarna bevestigd worden", html, StringComparison.Ordinal);
        Assert.Contains("Het vervoer en de vertrektijd zijn geregeld.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer/checklist\">Checklist</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_text_goes_to_bookings_confirmed_afterwards_and_the_earlier_ones_keep_theirs()
    {
        var earlier = await fixture.ConfirmedBookingAsync();
        var item = (await TemplateAsync(ChecklistSide.Company, ChecklistPhase.Before))[0];
        var leader = await LeaderAsync();

        var (response, html) = await SaveAsync(leader, $"{Page}?punt={item.Id}",
            new() { ["Input.Text"] = "  Een gastheer is genoemd,\r\n met   een telefoonnummer en een e-mailadres. " });

        const string text = "Een gastheer is genoemd, met een telefoonnummer en een e-mailadres.";
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het punt is opgeslagen. Boekingen die al bevestigd zijn, houden hun eigen lijst.", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{text}</td>", html, StringComparison.Ordinal);
        var later = await fixture.ConfirmedBookingAsync();
        Assert.Equal(text, (await BookingChecklistAsync(later, ChecklistSide.Company, ChecklistPhase.Before))[0]);
        Assert.Equal(item.Text, (await BookingChecklistAsync(earlier, ChecklistSide.Company, ChecklistPhase.Before))[0]);
        Assert.True(await AuditedAsync("Checklistpunt gewijzigd", text));
        Assert.Contains("Checklistpunt gewijzigd", await leader.GetStringAsync("/beheer/logboek"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_added_item_comes_last_in_its_side_and_phase()
    {
        var leader = await LeaderAsync();
        var form = await leader.GetStringAsync($"{Page}?zijde=company&fase=after");
        Assert.Contains("<option value=\"Company\" selected", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"After\" selected", form, StringComparison.Ordinal);

        var (_, html) = await SaveAsync(leader, $"{Page}?zijde=company&fase=after",
            new() { ["Input.Side"] = "Company", ["Input.Phase"] = "After", ["Input.Text"] = "De foto's van de dag zijn met de school gedeeld." });

        Assert.Contains("Het punt is toegevoegd aan Bedrijf, achteraf.", html, StringComparison.Ordinal);
        var template = await TemplateAsync(ChecklistSide.Company, ChecklistPhase.After);
        Assert.Equal("De foto's van de dag zijn met de school gedeeld.", template[^1].Text);
        Assert.Equal(template.Count, template[^1].Position);
        var booking = await fixture.ConfirmedBookingAsync();
        Assert.Equal(template.Select(i => i.Text), await BookingChecklistAsync(booking, ChecklistSide.Company, ChecklistPhase.After));
        Assert.True(await AuditedAsync("Checklistpunt toegevoegd", "Bedrijf, achteraf: De foto's van de dag"));
    }

    [Fact]
    public async Task A_removed_item_is_left_out_of_later_bookings_and_the_rest_closes_up()
    {
        var earlier = await fixture.ConfirmedBookingAsync();
        var items = await TemplateAsync(ChecklistSide.School, ChecklistPhase.OnTheDay);
        var leader = await LeaderAsync();

        var (response, html) = await CommandAsync(leader, "remove", items[0].Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het punt is verwijderd uit School, op de dag zelf. Boekingen die al bevestigd zijn, houden het.", html, StringComparison.Ordinal);
        var left = await TemplateAsync(ChecklistSide.School, ChecklistPhase.OnTheDay);
        Assert.Equal(items.Skip(1).Select(i => (i.Text, Position: items.IndexOf(i))), left.Select(i => (i.Text, i.Position)));
        var later = await fixture.ConfirmedBookingAsync();
        Assert.DoesNotContain(items[0].Text, await BookingChecklistAsync(later, ChecklistSide.School, ChecklistPhase.OnTheDay));
        Assert.Contains(items[0].Text, await BookingChecklistAsync(earlier, ChecklistSide.School, ChecklistPhase.OnTheDay));
        Assert.True(await AuditedAsync("Checklistpunt verwijderd", items[0].Text));
    }

    [Fact]
    public async Task Items_move_up_and_down_within_their_phase_and_later_bookings_follow_the_new_order()
    {
        var items = await TemplateAsync(ChecklistSide.School, ChecklistPhase.After);
        Assert.True(items.Count >= 3);
        var (a, b, c) = (items[0], items[1], items[2]);
        var leader = await LeaderAsync();

        await CommandAsync(leader, "down", a.Id);
        var (_, html) = await CommandAsync(leader, "up", c.Id);
        var (_, top) = await CommandAsync(leader, "up", b.Id);

        Assert.Contains("Het punt staat nu op plaats 2 van School, achteraf.", html, StringComparison.Ordinal);
        Assert.Contains("Dit punt staat al bovenaan.", top, StringComparison.Ordinal);
        var expected = new[] { b.Text, c.Text, a.Text }.Concat(items.Skip(3).Select(i => i.Text));
        Assert.Equal(expected, (await TemplateAsync(ChecklistSide.School, ChecklistPhase.After)).Select(i => i.Text));
        var booking = await fixture.ConfirmedBookingAsync();
        Assert.Equal(expected, await BookingChecklistAsync(booking, ChecklistSide.School, ChecklistPhase.After));
        Assert.True(await AuditedAsync("Checklistpunt verplaatst", $"School, achteraf: naar plaats 2: {c.Text}"));
    }

    [Theory]
    [InlineData("ab", "School", "Before", false, "De tekst van een punt is 3 tot 300 tekens lang; deze is 2 tekens.")]
    [InlineData("   ", "School", "Before", false, "Vul de tekst van het punt in.")]
    [InlineData("lang", "Company", "OnTheDay", false, "De tekst van een punt is 3 tot 300 tekens lang; deze is 301 tekens.")]
    [InlineData("Het bedrijf heeft een parkeerplek voor de bus.", "Company", "Before", true, "Alleen wat de school vooraf regelt, bevestigt de docent bij de aanvraag. Dit punt is voor: Bedrijf, vooraf.")]
    [InlineData("De klas heeft na afloop een evaluatie gedaan.", "School", "After", true, "Dit punt is voor: School, achteraf.")]
    public async Task A_new_item_that_breaks_a_rule_is_refused_with_the_reason_and_the_text_kept(string text, string side, string phase, bool confirm, string message)
    {
        text = text == "lang" ? $"{new string('x', 150)} {new string('y', 150)}" : text;
        var leader = await LeaderAsync();
        await using var db = fixture.CreateDbContext();
        var count = await db.ChecklistTemplateItems.CountAsync();
        var audited = await db.AuditEntries.CountAsync();
        var fields = new Dictionary<string, string> { ["Input.Side"] = side, ["Input.Phase"] = phase, ["Input.Text"] = text };
        if (confirm)
        {
            fields["Input.ConfirmOnApply"] = "True";
        }

        var (response, html) = await SaveAsync(leader, Page, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains($">{text}</textarea>", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{side}\" selected", html, StringComparison.Ordinal);
        Assert.Equal(count, await db.ChecklistTemplateItems.CountAsync());
        Assert.Equal(audited, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task A_company_item_cannot_be_made_one_to_confirm_on_apply()
    {
        var item = (await TemplateAsync(ChecklistSide.Company, ChecklistPhase.OnTheDay))[0];
        var leader = await LeaderAsync();
        var form = await leader.GetStringAsync($"{Page}?punt={item.Id}");
        Assert.DoesNotContain("Bevestigen bij aanvraag", form, StringComparison.Ordinal);

        var (_, html) = await SaveAsync(leader, $"{Page}?punt={item.Id}", new() { ["Input.Text"] = "Een andere tekst voor dit punt.", ["Input.ConfirmOnApply"] = "True" });

        Assert.Contains("Dit punt is voor: Bedrijf, op de dag zelf. Zet het vinkje", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(">Een andere tekst voor dit punt.</textarea>", html, StringComparison.Ordinal);
        var unchanged = (await TemplateAsync(ChecklistSide.Company, ChecklistPhase.OnTheDay))[0];
        Assert.Equal((item.Text, false), (unchanged.Text, unchanged.ConfirmOnApply));
    }

    [Fact]
    public async Task An_item_removed_meanwhile_is_reported_and_what_was_typed_can_be_added_anew()
    {
        var leader = await LeaderAsync();

        var (edit, html) = await SaveAsync(leader, $"{Page}?punt=987654", new() { ["Input.Id"] = "987654", ["Input.Side"] = "School", ["Input.Phase"] = "After", ["Input.Text"] = "Mijn getypte tekst." });
        var (move, list) = await CommandAsync(leader, "down", 987654);

        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("Dit punt bestaat niet meer", html, StringComparison.Ordinal);
        Assert.Contains(">Mijn getypte tekst.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Punt toevoegen</button>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, move.StatusCode);
        Assert.Contains("Dit punt bestaat niet meer", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SelfServiceWorld.Teacher)]
    [InlineData(SelfServiceWorld.EditorA)]
    public async Task A_teacher_or_a_partner_editor_is_refused_and_changes_nothing(string email)
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.SignInAsync(email, SelfServiceWorld.Password);
        var item = (await TemplateAsync(ChecklistSide.Company, ChecklistPhase.After))[0];

        var page = await client.GetAsync(Page);
        var post = await client.PostAsync(Page, HtmlForms.Content(new Dictionary<string, string>
        {
            ["_handler"] = "checklist-volgorde", ["Order.Command"] = $"remove:{item.Id.ToString(CultureInfo.InvariantCulture)}",
        }));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/geen-toegang", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/geen-toegang", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(item.Id, (await TemplateAsync(ChecklistSide.Company, ChecklistPhase.After)).Select(i => i.Id));
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_log_in()
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
