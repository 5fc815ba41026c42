using System.Globalization;
using System.Net;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demand;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Demand;

/// <summary>Crafted posts with values the forms do not offer (a number for a choice, a date no calendar has) get a
/// page that says what to choose, never an error page, and change nothing.</summary>
public sealed class DemandFormTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        fixture.Clock.UtcNow = FixedClock.At(new DateOnly(2026, 11, 23)).UtcNow;
        // the teacher with a school, whichever test of this class runs first (or alone)
        await fixture.TeacherAsync();
        await fixture.ClearDemandAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_request_with_a_kids_party_an_unknown_level_or_day_99_is_refused_and_keeps_the_title()
    {
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);

        var (response, html) = await teacher.PostFormAsync("/mijn/vragen/nieuw", new Dictionary<string, string>
        {
            ["Input.Title"] = "Een feestje in de klas", ["Input.Type"] = "KidsParty", ["Input.Level"] = "99", ["Input.Theme"] = "77",
            ["Input.ClassYear"] = "3", ["Input.Pupils"] = "24", ["Input.PeriodStart"] = "2026-12-01", ["Input.PeriodEnd"] = "2027-01-31",
            ["Input.Weekdays[0].Value"] = "99", ["Input.Weekdays[0].Selected"] = "true", ["Input.RadiusKm"] = "10",
        }, "vraag");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Een kinderfeestje is geen schoolbezoek.", html, StringComparison.Ordinal);
        Assert.Contains("Kies het niveau van de klas uit de lijst.", html, StringComparison.Ordinal);
        Assert.Contains("Kies een thema uit de lijst", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Een feestje in de klas\"", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.DemandRequests.AnyAsync());
    }

    [Fact]
    public async Task Accepting_with_a_date_no_calendar_has_or_an_unknown_way_to_travel_is_refused()
    {
        var partner = await fixture.PartnerNearAsync($"f-datum-{Guid.NewGuid():N}"[..16], 2);
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Een rare datum"));
        var offerId = await fixture.OfferAsync(requestId, partner, new DateTime(2027, 2, 2, 10, 0, 0));
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var url = $"/mijn/vragen/{requestId}/aanbod/{offerId}";
        var fields = new Dictionary<string, string>
        {
            ["Input.ChosenStart"] = "9000000000000000000", ["Input.Adults"] = "2", ["Input.Travel"] = "Bike", ["Input.DayPhone"] = "06 12345678",
            ["Input.Confirmations[0].Checked"] = "true", ["Input.Confirmations[1].Checked"] = "true", ["Input.Confirmations[2].Checked"] = "true",
        };

        var (farResponse, far) = await teacher.PostFormAsync(url, fields, "aannemen");
        fields["Input.ChosenStart"] = Web.Infrastructure.Time.AmsterdamTime.ToInstant(new DateTime(2027, 2, 2, 10, 0, 0)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        fields["Input.Travel"] = "99";
        var (travelResponse, travel) = await teacher.PostFormAsync(url, fields, "aannemen");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (farResponse.StatusCode, travelResponse.StatusCode));
        Assert.Contains(SiteText.Of<DemandText>(DemandAcceptance.DateGone), far, StringComparison.Ordinal);
        Assert.Contains("Kies uit de lijst hoe de klas reist.", travel, StringComparison.Ordinal);
        Assert.Equal(DemandState.Open, await fixture.RequestStateAsync(requestId));
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Bookings.AnyAsync());
    }

    [Fact]
    public async Task A_partner_cannot_choose_mail_frequency_99_or_offer_an_activity_of_kind_99()
    {
        var partner = await fixture.PartnerNearAsync($"f-soort-{Guid.NewGuid():N}"[..16], 2);
        var requestId = await fixture.PostRequestAsync(DemandWorld.Request("Een rare soort"));
        var editor = await fixture.SignedInAsync(partner.Editor);

        var (mailResponse, mail) = await editor.PostFormAsync($"/partner/vragen?partner={partner.Slug}", new Dictionary<string, string> { ["Mail.Frequency"] = "99" }, "vragen-mail");
        var (offerResponse, offer) = await editor.PostFormAsync($"/partner/vragen/{requestId}?partner={partner.Slug}", new Dictionary<string, string>
        {
            ["Input.ActivityId"] = "0", ["Input.NewTitle"] = "Iets nieuws", ["Input.NewType"] = "99", ["Input.NewDurationMinutes"] = "90",
            ["Input.NewPlace"] = "", ["Input.Date1"] = "2027-02-02T10:00",
        }, "aanbod");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (mailResponse.StatusCode, offerResponse.StatusCode));
        Assert.Contains("Kies een van de keuzes hieronder.", mail, StringComparison.Ordinal);
        Assert.Contains("Kies een soort activiteit uit de lijst.", offer, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.DemandSubscriptions.AnyAsync());
        Assert.False(await db.DemandOffers.AnyAsync());
    }

    [Fact]
    public async Task Saving_the_mail_choice_with_a_double_click_keeps_one_subscription_and_one_audit_line()
    {
        var partner = await fixture.PartnerNearAsync($"f-klik-{Guid.NewGuid():N}"[..16], 2);
        var editor = await fixture.SignedInAsync(partner.Editor);

        var posts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            editor.PostFormAsync($"/partner/vragen?partner={partner.Slug}", new Dictionary<string, string> { ["Mail.Frequency"] = "Weekly" }, "vragen-mail")));

        Assert.All(posts, p => Assert.Contains("Opgeslagen: elke maandag een mail", p.Html, StringComparison.Ordinal));
        await using var db = fixture.CreateDbContext();
        Assert.Equal(DemandMailFrequency.Weekly, await db.DemandSubscriptions.Where(s => s.PartnerId == partner.Id).Select(s => s.Frequency).SingleAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.PartnerId == partner.Id && a.Action == "Mail over vragen ingesteld"));
    }
}
