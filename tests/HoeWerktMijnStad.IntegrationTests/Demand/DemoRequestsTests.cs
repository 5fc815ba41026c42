using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demand;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Demand;

/// <summary>The demo data brings a few open requests, once, that the demo partner and the programme leader see.</summary>
public sealed class DemoRequestsTests(PostgisDatabase database) : IClassFixture<PostgisDatabase>
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public async Task The_demo_requests_load_once_and_fit_the_demo_partner()
    {
        await using var factory = new HwmsWebFactory(database.ConnectionString, FixedClock.At(Today));
        for (var run = 0; run < 2; run++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync();
        }

        await using var db = database.CreateDbContext();
        Assert.Equal(4, await db.DemandRequests.CountAsync());
        Assert.Equal(1, await db.DemandRequests.CountAsync(r => r.Teacher!.Email == DemoAccounts.Teacher));
        var partnerId = await db.Partners.Where(p => p.Slug == DemoAccounts.EditorPartner).Select(p => p.Id).SingleAsync();
        Assert.True((await DemandMatching.FitsAsync(db, Today, partnerId: partnerId)).Count >= 2, "the demo partner has requests to answer");

        await using var queries = factory.Services.CreateAsyncScope();
        var unanswered = await queries.ServiceProvider.GetRequiredService<DemandQueries>().UnansweredAsync();
        Assert.Equal(["Proefjes met warmte en stroom voor groep 7"], unanswered.Select(u => u.Request.Title));
    }
}
