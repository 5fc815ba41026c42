using Bunit;
using HoeWerktMijnStad.Web.Features.Map;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.ComponentTests.Map;

public sealed class MapResultsListTests : BunitContext
{
    private static MapFeature Feature(int id, string name, MapLayers layer, double? distance = null, string? partner = "Warmte & Co") => new()
    {
        Id = id,
        Layer = layer,
        Name = name,
        Kind = "TechLab",
        KindLabel = "TechLab",
        Partner = partner,
        PartnerSlug = "warmte-en-co",
        City = "Amsterdam",
        Url = $"/partners/warmte-en-co#{id}",
        DistanceMeters = distance,
        Location = new Point(4.9, 52.37) { SRID = 4326 },
        Geometry = new Point(4.9, 52.37) { SRID = 4326 },
    };

    [Fact]
    public void Each_result_links_to_its_page_and_shows_its_distance()
    {
        var result = new MapResult([Feature(1, "TechLab Noord", MapLayers.Sites, 1_234), Feature(2, "Warmtenet Buiksloot", MapLayers.Worksites, 2_600)], false, 5_000);

        var cut = Render<MapResultsList>(p => p.Add(c => c.Result, result).Add(c => c.NearLabel, "Vakcollege De Stadsmakers"));

        var items = cut.FindAll("li.result");
        Assert.Equal(2, items.Count);
        Assert.Equal("TechLab Noord", items[0].QuerySelector("a")!.TextContent);
        Assert.Equal("/partners/warmte-en-co#1", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("1,2 km", items[0].QuerySelector(".result__distance")!.TextContent);
        Assert.Equal("2,6 km", items[1].QuerySelector(".result__distance")!.TextContent);
        Assert.Contains("2 resultaten", cut.Find("h2").TextContent, StringComparison.Ordinal);
        Assert.Contains("dichtbij Vakcollege De Stadsmakers", cut.Find("h2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_near_point_no_distance_is_shown()
    {
        var cut = Render<MapResultsList>(p => p.Add(c => c.Result, new MapResult([Feature(1, "TechLab Noord", MapLayers.Sites)], false, 5_000)));

        Assert.Empty(cut.FindAll(".result__distance"));
        Assert.Contains("1 resultaat", cut.Find("h2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_results_explain_what_to_try_next()
    {
        var cut = Render<MapResultsList>(p => p.Add(c => c.Result, new MapResult([], false, 5_000)));

        Assert.Contains("Geen plekken gevonden", cut.Find(".empty-state").TextContent, StringComparison.Ordinal);
        Assert.Equal("/kaart", cut.Find(".empty-state a").GetAttribute("href"));
    }

    [Fact]
    public void A_long_result_is_cut_with_a_note_on_how_to_find_the_rest()
    {
        var features = Enumerable.Range(1, 12).Select(i => Feature(i, $"Plek {i}", MapLayers.Sites)).ToList();

        var cut = Render<MapResultsList>(p => p.Add(c => c.Result, new MapResult(features, true, 12)).Add(c => c.ListLimit, 10));

        Assert.Equal(10, cut.FindAll("li.result").Count);
        Assert.Contains("Meer dan 12 resultaten", cut.Find("h2").TextContent, StringComparison.Ordinal);
        Assert.Contains("eerste 10", cut.Find(".results-more").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_partner_is_not_repeated_when_the_place_has_its_name()
    {
        var cut = Render<MapResultsList>(p => p.Add(c => c.Result, new MapResult([Feature(1, "Warmte & Co", MapLayers.Sites)], false, 5_000)));

        Assert.Empty(cut.FindAll(".result__partner"));
    }
}
