using System.Globalization;
using System.Net;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.MapRule;

/// <summary>/beheer/kaartregel as the programme leader uses it: preview and run a month close, holiday months,
/// personal exemptions; and nobody else.</summary>
public sealed class LeaderMapRulePageTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    [Fact]
    public async Task The_leader_previews_last_month_runs_the_close_and_sees_it_done()
    {
        await fixture.CompletedVisitAsync(8, consent: false); // partner A: a visit ten days before the fixture's clock (13 November)
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 12, 2), new TimeOnly(10, 0));
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);

        var preview = await leader.GetStringAsync("/beheer/kaartregel");
        Assert.Contains("1 partner gaat van de kaart", preview, StringComparison.Ordinal);
        Assert.Contains(">Partner B</a>", preview, StringComparison.Ordinal);
        var closeSection = preview[preview.IndexOf("Maand afsluiten", StringComparison.Ordinal)..preview.IndexOf("Vakantiemaanden", StringComparison.Ordinal)];
        Assert.Contains(">Partner B</a>", closeSection, StringComparison.Ordinal);
        Assert.DoesNotContain(">Partner A</a>", closeSection, StringComparison.Ordinal);

        var (_, done) = await leader.PostFormAsync("/beheer/kaartregel", new Dictionary<string, string>(), "afsluiten");
        Assert.Contains("november 2026 is afgesloten: 1 partner ging van de kaart.", done, StringComparison.Ordinal);
        Assert.Contains("november 2026 is afgesloten op", done, StringComparison.Ordinal);

        var (_, twice) = await leader.PostFormAsync("/beheer/kaartregel?maand=2026-11",
            new Dictionary<string, string> { ["Close.Month"] = "2026-11" }, "afsluiten");
        Assert.Contains("november 2026 is al afgesloten.", twice, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var partnerB = await db.Partners.SingleAsync(p => p.Slug == "partner-b");
        Assert.Equal(MapStatus.OffMap, partnerB.MapStatus);
        Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "Kaartregel: maand afgesloten");

        // an exemption for the closed month, granted afterwards, puts B back
        var (_, exempted) = await leader.PostFormAsync("/beheer/kaartregel", new Dictionary<string, string>
        {
            ["Exemption.PartnerId"] = partnerB.Id.ToString(CultureInfo.InvariantCulture), ["Exemption.Month"] = "2026-11", ["Exemption.Reason"] = "Ziekte van de begeleider",
        }, "vrijstelling");
        Assert.Contains("Partner B heeft vrijstelling voor november 2026 en staat weer op de kaart.", exempted, StringComparison.Ordinal);
        await using var after = fixture.CreateDbContext();
        Assert.Equal(MapStatus.OnMap, (await after.Partners.SingleAsync(p => p.Slug == "partner-b")).MapStatus);
        Assert.Equal(HoeWerktMijnStad.Data.MapRule.MapStatusReason.Exemption,
            (await after.MapStatusChanges.Where(c => c.PartnerId == partnerB.Id).OrderBy(c => c.Id).LastAsync()).Reason);
    }

    [Fact]
    public async Task Holiday_months_and_exemptions_are_added_with_checks_and_removed()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var (_, added) = await leader.PostFormAsync("/beheer/kaartregel",
            new Dictionary<string, string> { ["Holiday.Month"] = "12", ["Holiday.Year"] = "2026", ["Holiday.Reason"] = "Kerstvakantie" }, "vakantiemaand");
        Assert.Contains("Vakantiemaand toegevoegd: december 2026.", added, StringComparison.Ordinal);
        var (_, duplicate) = await leader.PostFormAsync("/beheer/kaartregel",
            new Dictionary<string, string> { ["Holiday.Month"] = "12", ["Holiday.Year"] = "2026" }, "vakantiemaand");
        Assert.Contains("Die vakantiemaand staat er al.", duplicate, StringComparison.Ordinal);

        int partnerB;
        await using (var db = fixture.CreateDbContext())
        {
            partnerB = await db.Partners.Where(p => p.Slug == "partner-b").Select(p => p.Id).SingleAsync();
        }

        var (_, refused) = await leader.PostFormAsync("/beheer/kaartregel",
            new Dictionary<string, string> { ["Exemption.PartnerId"] = partnerB.ToString(CultureInfo.InvariantCulture), ["Exemption.Month"] = "2026-12", ["Exemption.Reason"] = "x" }, "vrijstelling");
        Assert.Contains("Schrijf een reden van 3 tot 500 tekens", refused, StringComparison.Ordinal);
        var (_, granted) = await leader.PostFormAsync("/beheer/kaartregel",
            new Dictionary<string, string> { ["Exemption.PartnerId"] = partnerB.ToString(CultureInfo.InvariantCulture), ["Exemption.Month"] = "2026-12", ["Exemption.Reason"] = "Werkplaats in verbouwing" }, "vrijstelling");
        Assert.Contains("Partner B heeft vrijstelling voor december 2026.", granted, StringComparison.Ordinal);

        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorB);
        fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 12, 3), new TimeOnly(10, 0));
        Assert.Contains("In december 2026 geldt de regel niet voor je", await editor.GetStringAsync("/partner"), StringComparison.Ordinal);
        // days later: the leader's sign-in lasts 12 hours, so they sign in again
        leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);

        await using (var db = fixture.CreateDbContext())
        {
            var holiday = await db.MapExemptMonths.SingleAsync(m => m.Year == 2026 && m.Month == 12);
            var (_, removed) = await leader.PostFormAsync("/beheer/kaartregel",
                new Dictionary<string, string> { ["RemoveHoliday.Id"] = holiday.Id.ToString(CultureInfo.InvariantCulture) }, "vakantiemaand-weg");
            Assert.Contains("Vakantiemaand verwijderd: december 2026.", removed, StringComparison.Ordinal);
        }

        await using (var db = fixture.CreateDbContext())
        {
            Assert.False(await db.MapExemptMonths.AnyAsync(m => m.Year == 2026));
            Assert.True(await db.PartnerExemptions.AnyAsync(e => e.PartnerId == partnerB));
        }
    }

    [Fact]
    public async Task Only_the_programme_leader_reaches_the_rule()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        foreach (var who in new[] { SelfServiceWorld.EditorA, SelfServiceWorld.Teacher })
        {
            var client = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
            await client.SignInAsync(who, SelfServiceWorld.Password);
            var response = await client.PostAsync("/beheer/kaartregel", HtmlForms.Content(new Dictionary<string, string> { ["_handler"] = "afsluiten", ["Close.Month"] = "2026-10" }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("geen-toegang", response.Headers.Location?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
        }

        await using var db = fixture.CreateDbContext();
        Assert.False(await db.MapMonthCloses.AnyAsync());
    }

    [Fact]
    public async Task A_status_set_by_hand_is_in_the_partners_history()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var (_, html) = await leader.PostFormAsync("/beheer/partners?partner=partner-a", new Dictionary<string, string>
        {
            ["Input.Name"] = "Partner A", ["Input.Slug"] = "partner-a", ["Input.Kind"] = "InstallationCompany", ["Input.Pitch"] = "Pitch A",
            ["Input.WebsiteUrl"] = "", ["Input.MapStatus"] = "OffMap", ["Input.JoinedOn"] = "2026-01-01",
        });
        Assert.Contains("Partner A", html, StringComparison.Ordinal);

        await using var db = fixture.CreateDbContext();
        var change = await db.MapStatusChanges.SingleAsync(c => c.Partner!.Slug == "partner-a" && c.Reason == HoeWerktMijnStad.Data.MapRule.MapStatusReason.Manual);
        Assert.Equal((MapStatus.OnMap, MapStatus.OffMap, SelfServiceWorld.Leader), (change.OldStatus, change.NewStatus, change.ActorName));
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        Assert.Contains("aangepast door de programmaleider", await editor.GetStringAsync("/partner"), StringComparison.Ordinal);
    }
}
