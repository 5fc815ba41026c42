using HoeWerktMijnStad.Web.Features.Map;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Map;

public sealed class MapBoundTests(MapFixture fixture) : IClassFixture<MapFixture>
{
    private async Task<MapResult> RunAsync(MapFilter filter, int limit)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MapFeatureQuery>().RunAsync(filter, limit);
    }

    [Fact]
    public async Task More_features_than_the_bound_are_cut_to_the_bound_and_say_so()
    {
        var result = await RunAsync(new MapFilter { Date = MapFixture.Today }, limit: 3);

        Assert.Equal(3, result.Features.Count);
        Assert.True(result.Truncated);
    }

    [Fact]
    public async Task Near_a_point_the_bound_keeps_the_nearest()
    {
        var filter = new MapFilter { Date = MapFixture.Today, Near = new GeoPoint(4.9, 52.37), RadiusMeters = 50_000, Layers = MapLayers.Sites | MapLayers.Worksites | MapLayers.Schools };

        var result = await RunAsync(filter, limit: 2);

        Assert.Equal([fixture.Ids["SC1"], fixture.Ids["W1"]], result.Features.Select(f => f.Id));
        Assert.True(result.Truncated);
    }

    [Fact]
    public async Task At_the_bound_exactly_nothing_is_cut()
    {
        var result = await RunAsync(new MapFilter { Date = MapFixture.Today }, limit: 4);

        Assert.Equal(4, result.Features.Count);
        Assert.False(result.Truncated);
    }
}
