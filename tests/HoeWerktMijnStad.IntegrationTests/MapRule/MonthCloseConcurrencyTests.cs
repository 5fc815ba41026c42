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

/// <summary>A month closes once: two instances at the same instant, and a close that waits on another's claim.</summary>
public sealed class MonthCloseConcurrencyTests(OutboxFixture fixture) : MapRuleTestBase(fixture)
{
    [Fact]
    public async Task Two_instances_closing_the_same_month_at_once_close_it_once()
    {
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));
        await using var second = new HwmsWebFactory(Fixture.ConnectionString, Fixture.Clock, Fixture.Smtp.Port);
        _ = second.Services; // start the second host
        var before = await Fixture.OutboxCountAsync();

        async Task<Outcome<RulePartner[]>> On(IServiceProvider services)
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MonthlyMapRule>().CloseAsync(October, null, MonthlyMapRule.System);
        }

        var results = await Task.WhenAll(On(Fixture.Factory.Services), On(second.Services), On(Fixture.Factory.Services), On(second.Services));
        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(2, results.Single(r => r.Succeeded).Value!.Length); // neither partner had a visit
        Assert.Equal(2, await Fixture.OutboxCountAsync() - before);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(2, await db.MapStatusChanges.CountAsync());
    }

    [Fact]
    public async Task A_close_waits_for_one_in_progress_and_then_does_nothing_or_does_it_all_if_that_one_failed()
    {
        Fixture.Clock.UtcNow = AmsterdamTime.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(6, 0));
        async Task<Npgsql.NpgsqlTransaction> HoldClaimAsync(Npgsql.NpgsqlConnection connection)
        {
            await connection.OpenAsync();
            var transaction = await connection.BeginTransactionAsync();
            await using var claim = new Npgsql.NpgsqlCommand("INSERT INTO map_month_closes (month, closed_at, closed_by, removed) VALUES ('2026-10-01', now(), 'ander proces', 0)", connection, transaction);
            await claim.ExecuteNonQueryAsync();
            return transaction;
        }

        // another instance holds the claim and fails: this close waits, then does the whole month
        await using (var other = new Npgsql.NpgsqlConnection(Fixture.ConnectionString))
        {
            var held = await HoldClaimAsync(other);
            var waiting = CloseAsync(October);
            await Task.Delay(500);
            Assert.False(waiting.IsCompleted);
            await held.RollbackAsync();
            var result = await waiting;
            Assert.True(result.Succeeded);
            Assert.Equal(2, result.Value!.Length);
        }

        // another instance holds a claim for November and commits: this close waits, then finds it closed
        await using (var db = Fixture.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM map_month_closes; UPDATE partners SET map_status = 'on_map'");
        }

        await using (var other = new Npgsql.NpgsqlConnection(Fixture.ConnectionString))
        {
            var held = await HoldClaimAsync(other);
            var waiting = CloseAsync(October);
            await Task.Delay(500);
            Assert.False(waiting.IsCompleted);
            await held.CommitAsync();
            Assert.Equal("oktober 2026 is al afgesloten.", Refusal(await waiting));
            Assert.Equal(MapStatus.OnMap, await StatusAsync("partner-b"));
        }
    }
}
