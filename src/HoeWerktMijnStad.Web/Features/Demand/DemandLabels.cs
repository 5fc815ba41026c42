using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Demand;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>Dutch names of the demand side's vocabulary.</summary>
public static class DemandLabels
{
    public static string Of(DemandState state) => state switch
    {
        DemandState.Open => "Open",
        DemandState.Accepted => "Aanbod aangenomen",
        DemandState.Expired => "Verlopen",
        DemandState.Withdrawn => "Ingetrokken",
        _ => state.ToString(),
    };

    public static string Of(DemandOfferState state) => state switch
    {
        DemandOfferState.Open => "Wacht op de school",
        DemandOfferState.Accepted => "Aangenomen",
        DemandOfferState.Closed => "Gesloten",
        _ => state.ToString(),
    };

    public static string Of(DemandMailFrequency frequency) => frequency switch
    {
        DemandMailFrequency.Immediate => "Meteen een mail bij elke nieuwe vraag die bij ons past",
        DemandMailFrequency.Weekly => "Elke maandag een mail met de nieuwe vragen van die week",
        _ => "Geen mail; we kijken zelf op deze pagina",
    };

    /// <summary>The Dutch day name; a number that is no day (a crafted post) reads as itself instead of throwing.</summary>
    public static string Day(DayOfWeek day) => Enum.IsDefined(day) ? Dates.Dutch.DateTimeFormat.GetDayName(day) : ((int)day).ToString(Dates.Dutch);

    /// <summary>"maandag, woensdag" or "elke schooldag".</summary>
    public static string Weekdays(IReadOnlyCollection<DayOfWeek> days) =>
        days.Count is 0 or 5 ? "elke schooldag" : string.Join(", ", days.Order().Select(Day));

    /// <summary>"Bedrijfsbezoek · Energie", or "Alles is welkom" when the request names neither.</summary>
    public static string What(ActivityType? type, Theme? theme) =>
        (type, theme) switch
        {
            (null, null) => "Elke soort activiteit en elk thema",
            ({ } t, null) => Labels.Of(t),
            (null, { } th) => Labels.Of(th),
            ({ } t, { } th) => $"{Labels.Of(t)} · {Labels.Of(th)}",
        };

    /// <summary>Where the class may go: "tot 10 km van school (met het ov tot 30 minuten)".</summary>
    public static string Reach(int radiusKm, string travelNote) =>
        $"tot {radiusKm} km van school" + (travelNote.Length > 0 ? $" ({travelNote})" : "");

    public static string Welcome(bool worksite, bool techLab) => (worksite, techLab) switch
    {
        (true, true) => "Werkplekken en TechLabs zijn welkom",
        (true, false) => "Werkplekken zijn welkom, TechLabs niet",
        (false, true) => "TechLabs zijn welkom, werkplekken niet",
        _ => "Geen werkplekken of TechLabs",
    };

    /// <summary>The district as partners may see it: "Nieuw-West, Amsterdam", or the city alone.</summary>
    public static string District(string district, string city) =>
        district.Length == 0 || district == city ? city : $"{district}, {city}";
}
