using System.Globalization;

namespace HoeWerktMijnStad.Web.Features.Map;

public static class Distances
{
    private static CultureInfo Dutch => Components.Shared.Dates.Dutch;

    /// <summary>"850 m" below a kilometre, "1,2 km" from there, "12 km" from ten kilometres.</summary>
    public static string Format(double meters) => meters switch
    {
        < 950 => string.Create(Dutch, $"{Math.Round(meters / 10) * 10:0} m"),
        < 9_950 => string.Create(Dutch, $"{meters / 1_000:0.0} km"),
        _ => string.Create(Dutch, $"{meters / 1_000:0} km"),
    };
}
