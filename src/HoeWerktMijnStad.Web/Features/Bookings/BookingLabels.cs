using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Infrastructure.Time;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>Dutch names of the bookings' vocabulary, and times as people in Amsterdam read them.</summary>
public static class BookingLabels
{
    public static string Of(BookingState state) => state switch
    {
        BookingState.Requested => "Aangevraagd",
        BookingState.Confirmed => "Bevestigd",
        BookingState.Completed => "Uitgevoerd",
        BookingState.Declined => "Afgewezen",
        BookingState.Cancelled => "Geannuleerd",
        BookingState.Expired => "Verlopen",
        BookingState.NotHappened => "Niet doorgegaan",
        _ => state.ToString(),
    };

    public static string Of(TravelMode mode) => mode switch
    {
        TravelMode.Walking => "Lopend",
        TravelMode.Bike => "Op de fiets",
        TravelMode.PublicTransport => "Met het openbaar vervoer",
        TravelMode.Coach => "Met een bus",
        TravelMode.Car => "Met auto's van ouders of school",
        _ => mode.ToString(),
    };

    public static string Of(BookingMode mode) => mode switch
    {
        BookingMode.FixedSlots => "Op vaste tijden",
        BookingMode.OnRequest => "Op aanvraag (de school stelt data voor)",
        _ => mode.ToString(),
    };

    public static string Of(ChecklistPhase phase) => phase switch
    {
        ChecklistPhase.Before => "Vooraf",
        ChecklistPhase.OnTheDay => "Op de dag zelf",
        ChecklistPhase.After => "Achteraf",
        _ => phase.ToString(),
    };

    /// <summary>Who ticked an automatic checklist item: the site, when its event happened.</summary>
    public const string AutomaticallyTicked = "automatisch";

    /// <summary>When an automatic checklist item ticks itself.</summary>
    public static string Of(ChecklistEvent when) => when switch
    {
        ChecklistEvent.Confirmed => "zodra het bezoek bevestigd is",
        ChecklistEvent.ReminderSent => "zodra de herinnering twee dagen vooraf verstuurd is",
        ChecklistEvent.EvaluationSent => "zodra de evaluatie van deze kant verstuurd is",
        _ => when.ToString(),
    };

    public static string Of(ChecklistSide side) => side switch
    {
        ChecklistSide.School => "School",
        ChecklistSide.Company => "Bedrijf",
        _ => side.ToString(),
    };

    /// <summary>"woensdag 4 maart 2026, 09:30–11:00" in Amsterdam time.</summary>
    public static string When(DateTimeOffset start, DateTimeOffset end)
    {
        var from = TimeZoneInfo.ConvertTime(start, AmsterdamTime.Zone);
        var to = TimeZoneInfo.ConvertTime(end, AmsterdamTime.Zone);
        return $"{from.ToString("dddd d MMMM yyyy, HH:mm", Dates.Dutch)}–{to.ToString("HH:mm", Dates.Dutch)}";
    }

    public static string When(DateTimeOffset start) =>
        TimeZoneInfo.ConvertTime(start, AmsterdamTime.Zone).ToString("dddd d MMMM yyyy, HH:mm", Dates.Dutch);

    /// <summary>The class as a teacher names it: "groep 7" in po, "vmbo 3", "mbo niveau 2".</summary>
    public static string Class(EducationLevel level, int year) => level switch
    {
        EducationLevel.Po => $"groep {year}",
        EducationLevel.Mbo => $"mbo, jaar {year}",
        EducationLevel.Hbo => $"hbo, jaar {year}",
        EducationLevel.HavoVwo => $"havo/vwo {year}",
        _ => $"vmbo {year}",
    };
}
