using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Catalogue;

public sealed class DemoDataTests(PostgisDatabase database) : IClassFixture<PostgisDatabase>
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public async Task The_demo_data_loads_once_and_a_second_load_changes_nothing()
    {
        await using var factory = new HwmsWebFactory(database.ConnectionString, FixedClock.At(Today));

        Assert.True(await LoadAsync(factory));
        var first = await CountsAsync();
        Assert.False(await LoadAsync(factory));
        var second = await CountsAsync();

        Assert.Equal(first, second);
        Assert.True(first.Partners >= 40, $"{first.Partners} partners");
        Assert.True(first.Sites >= 80, $"{first.Sites} sites");
        Assert.True(first.Worksites >= 25, $"{first.Worksites} worksites");
        Assert.True(first.Schools >= 40, $"{first.Schools} schools");
        Assert.True(first.Activities >= 80, $"{first.Activities} activities");

        await using var db = database.CreateDbContext();
        Assert.True(await db.Worksites.CountAsync(w => w.StartDate <= Today && w.EndDate >= Today) >= 5, "at least 5 worksites run today");
        Assert.True(await db.Worksites.AnyAsync(w => w.EndDate < Today), "some worksites are finished");
        Assert.True(await db.Worksites.AnyAsync(w => w.StartDate > Today), "some worksites start later");
        Assert.Equal(6, await db.Partners.Select(p => p.Kind).Distinct().CountAsync());
        Assert.True(await db.Sites.CountAsync(s => s.Kind == Data.Catalogue.SiteKind.TechLab) >= 5, "TechLabs");
        Assert.True(await db.Sites.CountAsync(s => s.Kind == Data.Catalogue.SiteKind.UtilityPlant) >= 3, "utility plants");
        Assert.True(await db.Schools.AnyAsync(s => s.Name == "Vakcollege De Stadsmakers"), "the demo teacher's school");
        Assert.Empty(await db.Partners.Where(p => p.WebsiteUrl != null && !p.WebsiteUrl.Contains(".example.nl")).Select(p => p.WebsiteUrl).ToListAsync());
    }

    private static async Task<bool> LoadAsync(HwmsWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
    }

    private async Task<(int Partners, int Sites, int Worksites, int Schools, int Activities)> CountsAsync()
    {
        await using var db = database.CreateDbContext();
        return (await db.Partners.CountAsync(), await db.Sites.CountAsync(), await db.Worksites.CountAsync(),
            await db.Schools.CountAsync(), await db.Activities.CountAsync());
    }
}
