using System.Security.Claims;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.MapRule;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.MapRule;

/// <summary>The leader's own actions on the rule, called as the pages call them: a close confirmed for a number that
/// no longer holds is refused, holiday months and exemptions refuse what is already there, and each reason is said
/// at its field in the site's words.</summary>
public sealed class LeaderRuleActionsTests(OutboxFixture fixture) : MapRuleTestBase(fixture)
{
    private async Task<ClaimsPrincipal> LeaderAsync() => await Fixture.PrincipalAsync(SelfServiceWorld.Leader, Roles.ProgrammeLeader);

    private Task<T> With<T>(Func<MapRuleExceptions, Task<T>> act) => WithAsync(s => act(s.GetRequiredService<MapRuleExceptions>()));

    [Fact]
    public async Task A_close_confirmed_for_another_number_than_now_is_refused_and_closes_nothing()
    {
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(9, 0));
        var leader = await LeaderAsync();

        var refused = await WithAsync(s => s.GetRequiredService<MonthCloses>().CloseAsync(October, expected: 7, leader));
        var closed = await WithAsync(s => s.GetRequiredService<MonthCloses>().CloseAsync(October, expected: 2, leader));

        Assert.Equal("Er is intussen iets veranderd: nu gaan er 2 partners van de kaart in plaats van 7. Kijk de lijst na en bevestig opnieuw.", Refusal(refused));
        Assert.Equal(["Partner A", "Partner B"], closed.Value!.Select(p => p.Name).Order());
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "Kaartregel: maand afgesloten" && e.Subject == "oktober 2026: 2 van de kaart"));
    }

    [Fact]
    public async Task A_holiday_month_is_added_once_and_a_second_of_the_same_month_is_refused_at_the_month()
    {
        var leader = await LeaderAsync();
        var year = 2031 + Random.Shared.Next(60);

        var first = await With(e => e.AddHolidayAsync(new HolidayInput { Month = 8, Year = year, Reason = "zomer" }, leader));
        var second = await With(e => e.AddHolidayAsync(new HolidayInput { Month = 8, Year = year }, leader));

        Assert.Equal($"augustus {year}", first.Value);
        var error = Assert.Single(second.Errors);
        Assert.Equal((nameof(HolidayInput.Month), "Die vakantiemaand staat er al."), (error.Field, SiteText.Say<MapRuleText>(error)));
    }

    [Fact]
    public async Task An_empty_exemption_names_each_missing_field_and_one_for_a_closed_month_brings_the_partner_back()
    {
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 2), new TimeOnly(9, 0));
        var leader = await LeaderAsync();
        var empty = await With(e => e.GrantAsync(new ExemptionInput { Reason = "x" }, leader));
        Assert.Equal(
            [(nameof(ExemptionInput.PartnerId), "Kies de partner die vrijstelling krijgt."), (nameof(ExemptionInput.Month), "Kies de maand van de vrijstelling."),
             (nameof(ExemptionInput.Reason), "Schrijf een reden van 3 tot 500 tekens; de partner leest die.")],
            empty.Errors.Select(e => (e.Field, SiteText.Say<MapRuleText>(e))));

        await CloseAsync(October);
        Assert.Equal(MapStatus.OffMap, await StatusAsync("partner-b"));
        await using var db = Fixture.CreateDbContext();
        var b = await db.Partners.SingleAsync(p => p.Slug == "partner-b");
        var granted = await With(e => e.GrantAsync(new ExemptionInput { PartnerId = b.Id, Month = "2026-10", Reason = "verbouwing" }, leader));
        var again = await With(e => e.GrantAsync(new ExemptionInput { PartnerId = b.Id, Month = "2026-10", Reason = "verbouwing" }, leader));

        Assert.Equal(new GrantedExemption("Partner B", "oktober 2026", BackOnMap: true), granted.Value);
        Assert.Equal(MapStatus.OnMap, await StatusAsync("partner-b"));
        Assert.Equal("Partner B heeft al vrijstelling voor oktober 2026.", SiteText.Say<MapRuleText>(Assert.Single(again.Errors)));
        var id = await db.PartnerExemptions.Where(e => e.PartnerId == b.Id).Select(e => e.Id).SingleAsync();
        Assert.Equal(("Partner B", "oktober 2026"), await With(e => e.WithdrawAsync(id, leader)));
        Assert.Null(await With(e => e.WithdrawAsync(id, leader)));
    }
}
