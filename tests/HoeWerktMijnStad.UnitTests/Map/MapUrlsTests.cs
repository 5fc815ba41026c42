using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Map;
using Microsoft.AspNetCore.WebUtilities;

namespace HoeWerktMijnStad.UnitTests.Map;

public sealed class MapUrlsTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void The_api_url_of_a_filter_parses_back_to_the_same_filter()
    {
        var filter = new MapFilter
        {
            Layers = MapLayers.Sites | MapLayers.Schools,
            Theme = Theme.Mobiliteit,
            Activity = ActivityType.Workshop,
            Level = EducationLevel.Mbo,
            Kind = PartnerKind.Utility,
            Near = new GeoPoint(4.812345, 52.354321),
            RadiusMeters = 2_000,
            Date = new DateOnly(2027, 1, 5),
        };

        var url = MapUrls.Api(filter);
        var (parsed, errors) = MapFilterParser.Parse(QueryHelpers.ParseQuery(new Uri("http://x" + url).Query), Today);

        Assert.StartsWith("/api/map/features?", url, StringComparison.Ordinal);
        Assert.Empty(errors);
        Assert.Equal(filter, parsed);
    }

    [Fact]
    public void The_page_url_keeps_the_chosen_school_instead_of_its_point()
    {
        var filter = new MapFilter { SchoolId = 7, Near = new GeoPoint(4.8, 52.3), Date = Today };

        var url = MapUrls.Page(filter);

        Assert.Contains("school=7", url, StringComparison.Ordinal);
        Assert.DoesNotContain("near=", url, StringComparison.Ordinal);
        Assert.Contains("radius=5000", url, StringComparison.Ordinal);
    }
}
