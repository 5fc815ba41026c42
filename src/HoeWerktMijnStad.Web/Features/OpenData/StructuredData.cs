using System.Globalization;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Components.Shared;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Features.Family;
using HoeWerktMijnStad.Web.Features.Learning;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.Web.Features.OpenData;

/// <summary>schema.org descriptions of public pages, for search engines and link previews (JSON-LD). Only what the
/// page itself shows; never a person. Addresses are absolute on <c>Site:BaseUrl</c>.</summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    public static Dictionary<string, object?> Organization(string site, Partner partner, IEnumerable<Site> sites) => new()
    {
        ["@context"] = Context,
        ["@type"] = "Organization",
        ["@id"] = $"{site}{PlaceUrls.Partner(partner.Slug)}#organisatie",
        ["name"] = partner.Name,
        ["url"] = site + PlaceUrls.Partner(partner.Slug),
        ["description"] = partner.Pitch,
        ["sameAs"] = partner.WebsiteUrl is { } website ? new[] { website } : null,
        ["logo"] = partner.LogoUrl is { } logo ? site + logo : null,
        ["location"] = sites.Select(s => Place(s.Name, s.Address, s.City, s.Location)).ToArray(),
    };

    public static Dictionary<string, object?> Place(string name, string address, string city, Point location) => new()
    {
        ["@type"] = "Place",
        ["name"] = name,
        ["address"] = new Dictionary<string, object?> { ["@type"] = "PostalAddress", ["streetAddress"] = address, ["addressLocality"] = city, ["addressCountry"] = "NL" },
        ["geo"] = new Dictionary<string, object?> { ["@type"] = "GeoCoordinates", ["latitude"] = Math.Round(location.Y, 6), ["longitude"] = Math.Round(location.X, 6) },
    };

    public static Dictionary<string, object?> Organizer(string site, string name, string slug) => new()
    {
        ["@type"] = "Organization", ["name"] = name, ["url"] = site + PlaceUrls.Partner(slug),
    };

    /// <summary>A worksite as an event that runs from its first to its last day.</summary>
    public static Dictionary<string, object?> Worksite(string site, Data.Catalogue.Worksite worksite, Partner partner) =>
        Event(site + PlaceUrls.Worksite(worksite.Id), worksite.Title, worksite.Description,
            Day(worksite.StartDate), Day(worksite.EndDate),
            Place(worksite.Title, worksite.Address, worksite.City, worksite.Location), Organizer(site, partner.Name, partner.Slug));

    /// <summary>An activity's open times, one event each.</summary>
    public static object[] OpenTimes(string site, BookableActivity activity, IEnumerable<FreeSlot> slots) =>
        slots.Select(s => (object)Event(site + string.Create(CultureInfo.InvariantCulture, $"/aanbod/{activity.Id}"),
            $"{activity.Title} ({activity.PartnerName})", $"{Labels.Of(activity.Type)} voor een klas: nog plaats voor {s.FreePupils} leerlingen.",
            Instant(s.StartsAt), Instant(s.EndsAt),
            new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = activity.Place }, Organizer(site, activity.PartnerName, activity.PartnerSlug))).ToArray();

    public static Dictionary<string, object?> Event(string url, string name, string description, string start, string end,
        Dictionary<string, object?> location, Dictionary<string, object?> organizer) => new()
    {
        ["@context"] = Context,
        ["@type"] = "Event",
        ["name"] = name,
        ["description"] = description,
        ["url"] = url,
        ["startDate"] = start,
        ["endDate"] = end,
        ["eventStatus"] = "https://schema.org/EventScheduled",
        ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
        ["location"] = location,
        ["organizer"] = organizer,
    };

    /// <summary>An event of the agenda: called off, online (the page, never the call's link) or at its place.</summary>
    public static Dictionary<string, object?> AgendaEvent(string site, Agenda.EventFacts e)
    {
        var place = e.Latitude is { } lat && e.Longitude is { } lon
            ? new Dictionary<string, object?>
            {
                ["@type"] = "Place", ["name"] = e.Place,
                ["geo"] = new Dictionary<string, object?> { ["@type"] = "GeoCoordinates", ["latitude"] = Math.Round(lat, 6), ["longitude"] = Math.Round(lon, 6) },
            }
            : new Dictionary<string, object?> { ["@type"] = "VirtualLocation", ["url"] = site + Agenda.AgendaLabels.Url(e.Id) };
        var organizer = e.PartnerSlug is { } slug
            ? Organizer(site, e.Host, slug)
            : new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = e.Host, ["url"] = site + "/" };
        var data = Event(site + Agenda.AgendaLabels.Url(e.Id), e.Title, e.Description, Instant(e.StartsAt), Instant(e.EndsAt), place, organizer);
        data["eventStatus"] = e.IsCancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled";
        data["eventAttendanceMode"] = e.Latitude is null ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode";
        data["maximumAttendeeCapacity"] = e.Capacity;
        return data;
    }

    public static Dictionary<string, object?> LearningResource(string site, LessonDetail lesson) => new()
    {
        ["@context"] = Context,
        ["@type"] = "LearningResource",
        ["name"] = lesson.Card.Title,
        ["description"] = lesson.Card.Summary,
        ["url"] = site + lesson.Card.Url,
        ["inLanguage"] = "nl",
        ["learningResourceType"] = LearningLabels.Of(lesson.Card.Kind),
        ["educationalLevel"] = lesson.Card.Levels.Select(Labels.Of).ToArray(),
        ["teaches"] = lesson.LearningGoals,
        ["about"] = Labels.Of(lesson.Card.Theme),
        ["timeRequired"] = string.Create(CultureInfo.InvariantCulture, $"PT{lesson.Card.DurationMinutes}M"),
        ["dateModified"] = lesson.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["isAccessibleForFree"] = true,
        ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = "Hoe Werkt Mijn Stad", ["url"] = site + "/" },
    };

    public static Dictionary<string, object?> HowTo(string site, Experiment experiment) => new()
    {
        ["@context"] = Context,
        ["@type"] = "HowTo",
        ["name"] = experiment.Title,
        ["description"] = experiment.Intro,
        ["url"] = $"{site}/techniek-is-een-feest/proefjes/{experiment.Slug}",
        ["inLanguage"] = "nl",
        ["totalTime"] = string.Create(CultureInfo.InvariantCulture, $"PT{experiment.Minutes}M"),
        ["supply"] = experiment.Materials.Select(m => new Dictionary<string, object?> { ["@type"] = "HowToSupply", ["name"] = m }).ToArray(),
        ["step"] = experiment.Steps.Select((s, i) => new Dictionary<string, object?> { ["@type"] = "HowToStep", ["position"] = i + 1, ["text"] = s }).ToArray(),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, AmsterdamTime.Zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
