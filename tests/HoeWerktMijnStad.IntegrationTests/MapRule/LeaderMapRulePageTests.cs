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

        Assert.Contains("href=\"/beheer/kaartregel/afsluiting/2026-11\"", closeSection, StringComparison.Ordinal);
        // the confirmation step names the month and the number, and lists who would go
        var confirm = await leader.GetStringAsync("/beheer/kaartregel/afsluiting/2026-11");
        Assert.Contains("Ja, sluit november 2026 af: 1 partner van de kaart", confirm, StringComparison.Ordinal);
        Assert.Contains(">Partner B</a>", confirm, StringComparison.Ordinal);
        await using (var check = fixture.CreateDbContext())
        {
            Assert.False(await check.MapMonthCloses.AnyAsync()); // looking is not closing
        }

        var (_, done) = await leader.PostFormAsync("/beheer/kaartregel/afsluiting/2026-11", new Dictionary<string, string>(), "afsluiten");
        Assert.Contains("November 2026 is afgesloten op", done, StringComparison.Ordinal);
        Assert.Contains("1 partner ging van de kaart", done, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/partners/partner-b\">Partner B</a>", done, StringComparison.Ordinal);
        Assert.Contains("Afsluiting van november 2026 ongedaan maken", done, StringComparison.Ordinal);
        Assert.Contains("november 2026 is afgesloten op", await leader.GetStringAsync("/beheer/kaartregel?maand=2026-11"), StringComparison.Ordinal);

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

        // undoing the close afterwards: B changed since (the exemption), so nobody comes back, and the month can close again
        var (_, undone) = await leader.PostFormAsync("/beheer/kaartregel/afsluiting/2026-11", new Dictionary<string, string>(), "ongedaan-maken");
        Assert.Contains("De afsluiting van november 2026 is ongedaan gemaakt.", undone, StringComparison.Ordinal);
        Assert.Contains("0 partners staan weer op de kaart", undone, StringComparison.Ordinal);
        Assert.Contains("Ja, sluit november 2026 af", undone, StringComparison.Ordinal);
        Assert.Contains(await after.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "Kaartregel: afsluiting ongedaan gemaakt");
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
            foreach (var (url, form) in new[] { ("/beheer/kaartregel/afsluiting/2026-10", "afsluiten"), ("/beheer/kaartregel/afsluiting/2026-10", "ongedaan-maken") })
            {
                var response = await client.PostAsync(url, HtmlForms.Content(new Dictionary<string, string> { ["_handler"] = form }));
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("geen-toegang", response.Headers.Location?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
            }
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
