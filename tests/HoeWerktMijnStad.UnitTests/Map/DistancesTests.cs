using HoeWerktMijnStad.Web.Features.Map;

namespace HoeWerktMijnStad.UnitTests.Map;

public sealed class DistancesTests
{
    [Theory]
    [InlineData(0, "0 m")]
    [InlineData(83, "80 m")]
    [InlineData(849, "850 m")]
    [InlineData(1_234, "1,2 km")]
    [InlineData(5_000, "5,0 km")]
    [InlineData(12_600, "13 km")]
    public void Distances_read_the_Dutch_way(double meters, string expected) =>
        Assert.Equal(expected, Distances.Format(meters));
}
