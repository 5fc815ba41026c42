using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.MapRule;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.IntegrationTests.MapRule;

/// <summary>The monthly map rule with the real database and a real SMTP server: month close, warning, return,
/// exemptions, idempotency and one close across two instances. Partner A and B joined in January 2026.</summary>
public sealed class MapRuleTests(OutboxFixture fixture) : MapRuleTestBase(fixture)
{
    [Fact]
    public async Task The_month_close_takes_partners_without_a_completed_visit_off_the_map_once_with_history_and_mail()
    {
        await VisitAsync("partner-a", new DateTime(2026, 10, 14, 10, 0, 0), BookingState.Completed);
        // a visit at 00:30 on 1 November belongs to November, not to the month being closed (and it is completed only the day after)
        await VisitAsync("partner-b", new DateTime(2026, 11, 1, 0, 30, 0), BookingState.Confirmed);
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));

        var preview = await WithAsync(s => s.GetRequiredService<MonthlyMapRule>().PreviewAsync(October));
        Assert.Equal(["Partner B"], preview.Select(p => p.Name));

        var before = await Fixture.OutboxCountAsync();
        var result = await CloseAsync(October);
        Assert.True(result.Succeeded);
        Assert.Equal(["Partner B"], result.Value!.Select(p => p.Name));
        Assert.Equal(MapStatus.OnMap, await StatusAsync("partner-a"));
        Assert.Equal(MapStatus.OffMap, await StatusAsync("partner-b"));

        var again = await CloseAsync(October);
        Assert.False(again.Succeeded);
        Assert.Equal("oktober 2026 is al afgesloten.", Refusal(again));
        Assert.Equal(1, await Fixture.OutboxCountAsync() - before);

        await using (var db = Fixture.CreateDbContext())
        {
            var change = await db.MapStatusChanges.SingleAsync();
            Assert.Equal((MapStatus.OnMap, MapStatus.OffMap, October.First, MapStatusReason.NoVisit, MonthlyMapRule.System),
                (change.OldStatus, change.NewStatus, change.Month, change.Reason, change.ActorName));
            Assert.Equal(1, (await db.MapMonthCloses.SingleAsync()).Removed);
        }

        await Fixture.Factory.DeliverMailAsync();
        var mail = Fixture.Smtp.OnlyMail(SelfServiceWorld.EditorB, "Partner B staat niet meer op de kaart");
        Assert.Contains("geen schoolbezoek ontvangen", mail.TextBody, StringComparison.Ordinal);

        var anonymous = Fixture.Factory.CreateClient();
        Assert.DoesNotContain("Werkplaats B", await anonymous.GetStringAsync("/api/map/features?layer=sites"), StringComparison.Ordinal);
        Assert.DoesNotContain("Partner B", await anonymous.GetStringAsync("/partners"), StringComparison.Ordinal);
        Assert.Contains("staat op dit moment niet op de kaart", await anonymous.GetStringAsync("/partners/partner-b"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_that_is_not_over_cannot_close()
    {
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 10, 31), new TimeOnly(23, 59));
        var result = await CloseAsync(October);
        Assert.False(result.Succeeded);
        Assert.Equal(MapStatus.OnMap, await StatusAsync("partner-b"));
    }

    [Fact]
    public async Task Only_last_month_closes_and_a_visit_completed_since_it_ended_keeps_a_partner_on()
    {
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 20), new TimeOnly(12, 0));
        Assert.Equal("september 2026 ligt te ver terug: alleen de vorige maand kan worden afgesloten.",
            Refusal(await CloseAsync(new MapMonth(new DateOnly(2026, 9, 1)))));

        // a late close of October on the 20th: B already hosted a completed visit in November
        await VisitAsync("partner-b", new DateTime(2026, 11, 5, 10, 0, 0), BookingState.Completed);
        Assert.Equal(["Partner A"], (await CloseAsync(October)).Value!.Select(p => p.Name));
    }

    [Fact]
    public async Task A_partner_the_leader_took_off_by_hand_does_not_come_back_with_a_visit()
    {
        await using (var db = Fixture.CreateDbContext())
        {
            var b = await db.Partners.SingleAsync(p => p.Slug == "partner-b");
            b.MapStatus = MapStatus.OffMap;
            db.MapStatusChanges.Add(new MapStatusChange { PartnerId = b.Id, OldStatus = MapStatus.OnMap, NewStatus = MapStatus.OffMap,
                Month = new DateOnly(2026, 11, 1), Reason = MapStatusReason.Manual, ActorName = "Leider" });
            await db.SaveChangesAsync();
        }

        await VisitAsync("partner-b", new DateTime(2026, 11, 12, 9, 30, 0), BookingState.Confirmed);
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 13), new TimeOnly(0, 15));
        await WithAsync(async s => await s.GetRequiredService<BookingFollowUp>().CompleteAsync());
        Assert.Equal(MapStatus.OffMap, await StatusAsync("partner-b"));
    }

    [Fact]
    public async Task Holiday_months_new_partners_and_personal_exemptions_keep_partners_on_the_map()
    {
        await using (var db = Fixture.CreateDbContext())
        {
            db.Partners.Add(new Partner { Slug = "nieuw-bedrijf", Name = "Nieuw Bedrijf", Pitch = "Nieuw", JoinedOn = new DateOnly(2026, 9, 20) });
            var b = await db.Partners.SingleAsync(p => p.Slug == "partner-b");
            db.PartnerExemptions.Add(new PartnerExemption { PartnerId = b.Id, Month = October.First, Reason = "Verbouwing van de werkplaats", GrantedByName = "Leider" });
            await db.SaveChangesAsync();
        }

        // July is a holiday month by default: nobody leaves
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 8, 1), new TimeOnly(6, 0));
        Assert.Empty((await CloseAsync(new MapMonth(new DateOnly(2026, 7, 1)))).Value!);

        // October: B is exempt, the new partner (joined in September) is in its grace months; A leaves
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));
        Assert.Equal(["Partner A"], (await CloseAsync(October)).Value!.Select(p => p.Name));
        Assert.Equal(MapStatus.OnMap, await StatusAsync("nieuw-bedrijf"));

        // November: the new partner's grace is over
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 12, 1), new TimeOnly(6, 0));
        Assert.Contains("Nieuw Bedrijf", (await CloseAsync(new MapMonth(new DateOnly(2026, 11, 1)))).Value!.Select(p => p.Name));
    }

    [Fact]
    public async Task Mid_month_partners_without_a_visit_are_warned_once()
    {
        await VisitAsync("partner-a", new DateTime(2026, 11, 25, 10, 0, 0), BookingState.Confirmed);
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 15), new TimeOnly(9, 0));
        var before = await Fixture.OutboxCountAsync();
        var warned = await WithAsync(s => s.GetRequiredService<MonthlyMapRule>().WarnAsync());
        Assert.Equal(["Partner B"], warned.Select(p => p.Name));
        Assert.Empty(await WithAsync(s => s.GetRequiredService<MonthlyMapRule>().WarnAsync()));
        Assert.Equal(1, await Fixture.OutboxCountAsync() - before);

        await Fixture.Factory.DeliverMailAsync();
        var mail = Fixture.Smtp.OnlyMail(SelfServiceWorld.EditorB, "Partner B: nog geen schoolbezoek in november 2026");
        Assert.Contains("1 december 2026 van de kaart", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/partner/aanbod?partner=partner-b", mail.TextBody, StringComparison.Ordinal);

        var editor = await Fixture.SignedInAsync(SelfServiceWorld.EditorB);
        Assert.Contains("nog geen schoolbezoek", await editor.GetStringAsync("/partner"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_off_the_map_comes_back_when_a_visit_is_completed()
    {
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));
        await CloseAsync(October);
        Assert.Equal(MapStatus.OffMap, await StatusAsync("partner-b"));

        // a teacher books B through its page's link; the visit takes place mid-November
        await VisitAsync("partner-b", new DateTime(2026, 11, 12, 9, 30, 0), BookingState.Confirmed);
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 13), new TimeOnly(0, 15));
        await WithAsync(async s => await s.GetRequiredService<BookingFollowUp>().CompleteAsync());
        Assert.Equal(MapStatus.OnMap, await StatusAsync("partner-b"));

        await using (var db = Fixture.CreateDbContext())
        {
            var back = await db.MapStatusChanges.OrderBy(c => c.Id).LastAsync();
            Assert.Equal((MapStatus.OnMap, MapStatusReason.VisitCompleted, new DateOnly(2026, 11, 1)), (back.NewStatus, back.Reason, back.Month));
        }

        await Fixture.Factory.DeliverMailAsync();
        Fixture.Smtp.OnlyMail(SelfServiceWorld.EditorB, "Partner B staat weer op de kaart");
        var editor = await Fixture.SignedInAsync(SelfServiceWorld.EditorB);
        var dashboard = await editor.GetStringAsync("/partner");
        Assert.Contains("1 bezoek deze maand — je blijft op de kaart", dashboard, StringComparison.Ordinal);
        Assert.Contains("Schoolbezoek uitgevoerd", dashboard, StringComparison.Ordinal);
    }
}
