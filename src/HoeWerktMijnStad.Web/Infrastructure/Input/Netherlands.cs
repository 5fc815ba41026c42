namespace HoeWerktMijnStad.Web.Infrastructure.Input;

/// <summary>The bounds of the database's "point in the Netherlands" check, said so that an editor understands.</summary>
public static class Netherlands
{
    public const string OutsideMessage =
        "Dit punt ligt niet in Nederland. Staan lengte- en breedtegraad misschien omgedraaid? Amsterdam is ongeveer 4,90 en 52,37.";

    public static bool Contains(double longitude, double latitude) =>
        longitude is >= 3.2 and <= 7.3 && latitude is >= 50.7 and <= 53.6;
}
