namespace HoeWerktMijnStad.Web.Components.Shared;

public static class Durations
{
    /// <summary>"45 minuten", "1 uur", "1,5 uur", "2 uur en 15 minuten".</summary>
    public static string Format(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => $"{m} minuten",
        (var h, 0) => $"{h} uur",
        (var h, 30) => $"{h},5 uur",
        var (h, m) => $"{h} uur en {m} minuten",
    };
}
