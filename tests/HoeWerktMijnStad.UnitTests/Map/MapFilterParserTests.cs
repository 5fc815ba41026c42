using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Map;
using Microsoft.AspNetCore.WebUtilities;

namespace HoeWerktMijnStad.UnitTests.Map;

public sealed class MapFilterParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static (MapFilter Filter, IReadOnlyList<FilterError> Errors) Parse(string query) =>
        MapFilterParser.Parse(QueryHelpers.ParseQuery(query), Today);

    [Fact]
    public void An_empty_query_shows_sites_and_running_worksites_of_today()
    {
        var (filter, errors) = Parse("");

        Assert.Empty(errors);
        Assert.Equal(MapLayers.Sites | MapLayers.Worksites, filter.Layers);
        Assert.Equal(Today, filter.Date);
        Assert.Null(filter.Near);
        Assert.Null(filter.Bbox);
    }

    [Theory]
    [InlineData("layer=schools", MapLayers.Schools)]
    [InlineData("layer=sites,schools", MapLayers.Sites | MapLayers.Schools)]
    [InlineData("layer=sites&layer=worksites&layer=schools", MapLayers.Sites | MapLayers.Worksites | MapLayers.Schools)]
    [InlineData("layer=WORKSITES", MapLayers.Worksites)]
    public void Layers_come_as_a_comma_list_or_repeated(string query, MapLayers expected)
    {
        var (filter, errors) = Parse(query);

        Assert.Empty(errors);
        Assert.Equal(expected, filter.Layers);
    }

    [Fact]
    public void Every_filter_value_is_read_from_its_url_name()
    {
        var (filter, errors) = Parse("theme=energie&activity=gastles&level=vmbo&kind=netbeheerder&near=4.9041,52.3676&radius=2000&date=2027-03-15");

        Assert.Empty(errors);
        Assert.Equal(Theme.Energie, filter.Theme);
        Assert.Equal(ActivityType.GuestLesson, filter.Activity);
        Assert.Equal(EducationLevel.Vmbo, filter.Level);
        Assert.Equal(PartnerKind.GridOperator, filter.Kind);
        Assert.Equal(new GeoPoint(4.9041, 52.3676), filter.Near);
        Assert.Equal(2000, filter.RadiusMeters);
        Assert.Equal(new DateOnly(2027, 3, 15), filter.Date);
    }

    [Fact]
    public void A_bbox_is_read_as_min_lon_min_lat_max_lon_max_lat()
    {
        var (filter, errors) = Parse("bbox=4.85,52.35,4.95,52.40");

        Assert.Empty(errors);
        Assert.Equal(new BoundingBox(4.85, 52.35, 4.95, 52.40), filter.Bbox);
    }

    [Fact]
    public void Blank_values_from_a_plain_form_count_as_not_given()
    {
        var (filter, errors) = Parse("school=&theme=&activity=&level=&kind=&near=&date=&radius=5000");

        Assert.Empty(errors);
        Assert.Null(filter.Theme);
        Assert.Null(filter.SchoolId);
        Assert.Equal(Today, filter.Date);
    }

    [Theory]
    [InlineData("bbox=4.8,52.3,4.9", "bbox")]
    [InlineData("bbox=4.8,52.3,4.9,52.4,1", "bbox")]
    [InlineData("bbox=a,b,c,d", "bbox")]
    [InlineData("bbox=4.8,52.3,4.9,95", "bbox")]
    [InlineData("bbox=4.9,52.3,4.8,52.4", "bbox")]
    [InlineData("near=4.9", "near")]
    [InlineData("near=4.9,91", "near")]
    [InlineData("near=190,52", "near")]
    [InlineData("near=4.9,52.3&radius=-5", "radius")]
    [InlineData("near=4.9,52.3&radius=0", "radius")]
    [InlineData("near=4.9,52.3&radius=50001", "radius")]
    [InlineData("radius=veel", "radius")]
    [InlineData("layer=sites,bikes", "layer")]
    [InlineData("date=15-03-2027", "date")]
    [InlineData("date=2027-02-30", "date")]
    [InlineData("theme=water", "theme")]
    [InlineData("activity=feest", "activity")]
    [InlineData("level=groep8", "level")]
    [InlineData("kind=bakker", "kind")]
    [InlineData("school=abc", "school")]
    public void A_bad_parameter_is_named_with_what_it_allows(string query, string parameter)
    {
        var (_, errors) = Parse(query);

        var error = Assert.Single(errors);
        Assert.Equal(parameter, error.Parameter);
        Assert.Contains(parameter, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_layer_lists_the_allowed_layers()
    {
        var (_, errors) = Parse("layer=bikes");

        Assert.Contains("sites, worksites, schools", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_radius_may_be_as_large_as_fifty_kilometres()
    {
        var (filter, errors) = Parse("near=4.9,52.3&radius=50000");

        Assert.Empty(errors);
        Assert.Equal(50_000, filter.RadiusMeters);
    }
}
