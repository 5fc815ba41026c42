using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.MapRule;
using HoeWerktMijnStad.IntegrationTests.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.MapRule;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HoeWerktMijnStad.Web.Infrastructure.Outcomes;

namespace HoeWerktMijnStad.IntegrationTests.MapRule;

/// <summary>Undoing a month close within 7 days: who it removed and who has not changed since comes back, with a
/// history line and a mail; the month can close again; two undo requests at once act once.</summary>
public sealed class MonthCloseUndoTests(OutboxFixture fixture) : MapRuleTestBase(fixture)
{
    private Task<Outcome<RulePartner[]>> UndoAsync(MapMonth month, IServiceProvider? services = null) =>
        UndoOnAsync(services ?? Fixture.Factory.Services, month);

    private static async Task<Outcome<RulePartner[]>> UndoOnAsync(IServiceProvider services, MapMonth month)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MonthlyMapRule>().UndoCloseAsync(month, null, "Programmaleider");
    }

    private async Task<(MapStatus A, MapStatus B)> StatusesAsync() => (await StatusAsync("partner-a"), await StatusAsync("partner-b"));

    [Fact]
    public async Task Close_undo_close_again_ends_as_one_close_and_the_undo_is_in_the_history_and_mailed()
    {
        await VisitAsync("partner-a", new DateTime(2026, 10, 14, 10, 0, 0), BookingState.Completed);
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));
        Assert.True((await CloseAsync(October)).Succeeded);
        var afterOneClose = await StatusesAsync();
        Assert.Equal((MapStatus.OnMap, MapStatus.OffMap), afterOneClose);

        Fixture.Clock.UtcNow = Fixture.Clock.UtcNow.AddDays(6);
        var before = await Fixture.OutboxCountAsync();
        var undone = await UndoAsync(October);
        Assert.True(undone.Succeeded);
        Assert.Equal(["Partner B"], undone.Value!.Select(p => p.Name));
        Assert.Equal((MapStatus.OnMap, MapStatus.OnMap), await StatusesAsync());
        Assert.Equal(1, await Fixture.OutboxCountAsync() - before);
        await using (var db = Fixture.CreateDbContext())
        {
            Assert.False(await db.MapMonthCloses.AnyAsync());
            var last = await db.MapStatusChanges.OrderBy(c => c.Id).LastAsync();
            Assert.Equal((MapStatus.OffMap, MapStatus.OnMap, MapStatusReason.CloseUndone), (last.OldStatus, last.NewStatus, last.Reason));
        }

        await Fixture.Factory.DeliverMailAsync();
        Assert.Contains(Fixture.Smtp.To(SelfServiceWorld.EditorB), m => m.Subject == "Partner B staat weer op de kaart"
            && (m.TextBody ?? "").Contains("De programmaleider heeft de afsluiting van oktober 2026 ongedaan gemaakt.", StringComparison.Ordinal));
        var editor = await Fixture.SignedInAsync(SelfServiceWorld.EditorB);
        Assert.Contains("afsluiting ongedaan gemaakt", await editor.GetStringAsync("/partner"), StringComparison.Ordinal);

        // a second undo finds nothing to undo; a new close is possible again and ends where one close ended
        Assert.Equal("oktober 2026 is niet afgesloten, of de afsluiting is al ongedaan gemaakt.", Refusal(await UndoAsync(October)));
        var again = await CloseAsync(October);
        Assert.True(again.Succeeded);
        Assert.Equal(["Partner B"], again.Value!.Select(p => p.Name));
        Assert.Equal(afterOneClose, await StatusesAsync());
    }

    [Fact]
    public async Task Two_undo_requests_at_once_act_once()
    {
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));
        Assert.Equal(2, (await CloseAsync(October)).Value!.Length);
        await using var second = new HwmsWebFactory(Fixture.ConnectionString, Fixture.Clock, Fixture.Smtp.Port);
        _ = second.Services; // start the second host
        var before = await Fixture.OutboxCountAsync();

        var results = await Task.WhenAll(
            UndoOnAsync(Fixture.Factory.Services, October), UndoOnAsync(second.Services, October),
            UndoOnAsync(Fixture.Factory.Services, October), UndoOnAsync(second.Services, October));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(2, results.Single(r => r.Succeeded).Value!.Length);
        Assert.Equal(2, await Fixture.OutboxCountAsync() - before);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(2, await db.MapStatusChanges.CountAsync(c => c.Reason == MapStatusReason.CloseUndone));
        Assert.Equal((MapStatus.OnMap, MapStatus.OnMap), await StatusesAsync());
    }

    [Fact]
    public async Task A_partner_changed_since_the_close_stays_as_it_is_and_after_7_days_nothing_can_be_undone()
    {
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));
        await CloseAsync(October);
        await using (var db = Fixture.CreateDbContext())
        {
            // the leader took partner A off by hand after the close: the undo leaves that alone
            var a = await db.Partners.SingleAsync(p => p.Slug == "partner-a");
            db.MapStatusChanges.Add(new MapStatusChange
            {
                PartnerId = a.Id, OldStatus = MapStatus.OffMap, NewStatus = MapStatus.OffMap, Month = October.First.AddMonths(1),
                Reason = MapStatusReason.Manual, ActorName = "Programmaleider", At = Fixture.Clock.UtcNow.AddHours(1),
            });
            await db.SaveChangesAsync();
        }

        Fixture.Clock.UtcNow = Fixture.Clock.UtcNow.AddHours(2);
        var undone = await UndoAsync(October);
        Assert.Equal(["Partner B"], undone.Value!.Select(p => p.Name));
        Assert.Equal((MapStatus.OffMap, MapStatus.OnMap), await StatusesAsync());

        await using (var db = Fixture.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE partners SET map_status = 'on_map'; DELETE FROM map_status_changes");
        }

        Assert.True((await CloseAsync(October)).Succeeded);
        Fixture.Clock.UtcNow = Fixture.Clock.UtcNow.AddDays(7).AddMinutes(1);
        var late = await UndoAsync(October);
        Assert.False(late.Succeeded);
        Assert.Equal("De afsluiting van oktober 2026 is meer dan 7 dagen geleden en kan niet meer ongedaan worden gemaakt.", Refusal(late));
        Assert.Equal((MapStatus.OffMap, MapStatus.OffMap), await StatusesAsync());
    }
}
