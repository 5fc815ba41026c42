using System.Globalization;

namespace HoeWerktMijnStad.Web.Features.Family.Co2Game;

/// <summary>Numbers as Dutch readers write them: "9,2 kg", "2.550".</summary>
public static class Co2Format
{
    private static CultureInfo Dutch => Components.Shared.Dates.Dutch;

    /// <summary>Kilograms with one decimal; what rounds to zero shows as "0,0 kg", never "-0,0 kg".</summary>
    public static string Kg(double kg) => string.Create(Dutch, $"{Tenths(kg):0.0} kg");

    /// <summary>A difference: "1,2 kg meer" or "0,8 kg minder".</summary>
    public static string Difference(double kg) => kg >= 0
        ? $"{Kg(kg)} meer"
        : $"{Kg(-kg)} minder";

    /// <summary>A factor's value with as many decimals as it has (at most four) and a thousands separator.</summary>
    public static string Number(double value) => value.ToString("#,##0.####", Dutch);

    private static double Tenths(double kg)
    {
        var rounded = Math.Round(kg, 1, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded;
    }
}
