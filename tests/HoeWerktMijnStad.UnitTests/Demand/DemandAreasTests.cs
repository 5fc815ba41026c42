using HoeWerktMijnStad.Web.Features.Demand;

namespace HoeWerktMijnStad.UnitTests.Demand;

/// <summary>The demand map's areas: a district stands alone only when it is no single school or class; smaller ones
/// merge into their city, and what is still too small counts without a place.</summary>
public sealed class DemandAreasTests
{
    private static DistrictCount District(string city, string district, int requests, int pupils, int schools, int citySchools) =>
        new(city, district, requests, pupils, schools, 4.80, 52.37, citySchools, 4.90, 52.37);

    [Fact]
    public void A_district_with_three_schools_and_three_requests_stands_alone_at_the_middle_of_its_schools()
    {
        var areas = DemandAreas.Merge([District("Amsterdam", "Nieuw-West", 3, 71, 3, 10)]);

        Assert.Equal([new DistrictDemand("Nieuw-West, Amsterdam", 3, 70, 4.80, 52.37)], areas);
    }

    [Fact]
    public void Districts_with_one_school_or_few_requests_merge_into_their_city_at_the_middle_of_its_schools()
    {
        var areas = DemandAreas.Merge([
            District("Amsterdam", "Nieuw-West", 3, 60, 4, 10),
            District("Amsterdam", "Oost", 2, 48, 1, 10),
            District("Amsterdam", "Zuidoost", 1, 20, 5, 10),
        ]);

        Assert.Equal([new DistrictDemand("Amsterdam (overige wijken)", 3, 70, 4.90, 52.37), new DistrictDemand("Nieuw-West, Amsterdam", 3, 60, 4.80, 52.37)], areas);
    }

    [Fact]
    public void A_town_with_one_school_has_no_place_on_the_map_and_counts_under_the_region()
    {
        var areas = DemandAreas.Merge([District("Diemen", "Diemen", 5, 120, 1, 1), District("Almere", "Poort", 1, 3, 4, 4)]);

        Assert.Equal([new DistrictDemand(DemandAreas.Elsewhere, 6, 120, null, null)], areas);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(14, 10)]
    [InlineData(15, 20)]
    [InlineData(233, 230)]
    public void Pupils_are_rounded_to_tens_and_never_below_ten(int pupils, int shown) =>
        Assert.Equal(shown, DemandAreas.Round(pupils));
}
