using System.Globalization;

namespace HoeWerktMijnStad.Web.Components.Shared;

public static class Dates
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"3 maart 2026".</summary>
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    /// <summary>"3 maart t/m 14 april 2026" (the year once when both are in the same year).</summary>
    public static string Period(DateOnly start, DateOnly end) => start.Year == end.Year
        ? $"{start.ToString("d MMMM", Dutch)} t/m {Day(end)}"
        : $"{Day(start)} t/m {Day(end)}";
}
