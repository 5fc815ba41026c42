using System.Globalization;
using System.Text;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using HoeWerktMijnStad.Web.Infrastructure.Time;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>The booking's calendar invitation (RFC 5545 with iTIP's METHOD): one UID per booking for its whole
/// life, SEQUENCE raised on every change, times in Europe/Amsterdam with the zone's VTIMEZONE, and the place's
/// address and coordinates. A cancellation is the same event with METHOD:CANCEL.</summary>
public static class BookingCalendar
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    /// <summary>For a download: an event to add, not a meeting request to answer.</summary>
    public const string Publish = "PUBLISH";

    public static string Uid(int bookingId) => $"boeking-{bookingId}@hoewerktmijnstad.nl";

    public static CalendarAttachment For(BookingFacts booking, string method, int sequence, DateTimeOffset stamp,
        Recipient? attendee, string organizerEmail, string link)
    {
        // a meeting request names its organizer and attendee (RFC 5546); a published event names neither
        string[] people = method == Publish || attendee is null ? [] :
        [
            $"ORGANIZER;CN=Hoe Werkt Mijn Stad:mailto:{organizerEmail}",
            $"ATTENDEE;CN={Parameter(attendee.Name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{attendee.Email}",
        ];
        return new CalendarAttachment(method, Write(method, "Boekingen", stamp, [Visit(booking, sequence, method == Cancel, link) with { People = people }]));
    }

    /// <summary>The visit as the invitations show it: the same UID, summary, place and link in every mail and feed.</summary>
    public static CalendarEvent Visit(BookingFacts booking, int sequence, bool cancelled, string link) => new(
        Uid(booking.Id), sequence, booking.StartsAt!.Value, booking.EndsAt!.Value,
        $"Schoolbezoek: {booking.Activity} ({booking.Partner})",
        string.Join("\n", [$"{booking.School}, {booking.Class}, {booking.Pupils} leerlingen.", .. booking.ContactLines, $"Bekijk de boeking en de checklist: {link}"]),
        $"{booking.Place}, {booking.Address}", booking.Latitude, booking.Longitude, link, cancelled);

    /// <summary>A calendar of events (an invitation holds one; a feed many) with the zone they are timed in. Every
    /// calendar this site writes goes through here.</summary>
    public static string Write(string method, string product, DateTimeOffset stamp, IEnumerable<CalendarEvent> events, string? name = null)
    {
        var ics = new StringBuilder();
        foreach (var line in (string[])["BEGIN:VCALENDAR", "VERSION:2.0", $"PRODID:-//Hoe Werkt Mijn Stad//{product}//NL", "CALSCALE:GREGORIAN", $"METHOD:{method}"])
        {
            Fold(ics, line);
        }

        if (name is not null)
        {
            Fold(ics, $"X-WR-CALNAME:{Text(name)}");
            Fold(ics, "X-WR-TIMEZONE:Europe/Amsterdam");
        }

        foreach (var line in AmsterdamZone)
        {
            Fold(ics, line);
        }

        foreach (var e in events)
        {
            string[] lines =
            [
                "BEGIN:VEVENT",
                $"UID:{e.Uid}",
                $"SEQUENCE:{e.Sequence}",
                $"DTSTAMP:{stamp.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}",
                $"DTSTART;TZID=Europe/Amsterdam:{Local(e.Start)}",
                $"DTEND;TZID=Europe/Amsterdam:{Local(e.End)}",
                $"SUMMARY:{Text(e.Summary)}",
                $"DESCRIPTION:{Text(e.Description)}",
                $"LOCATION:{Text(e.Location)}",
                .. e.Latitude is { } lat && e.Longitude is { } lon
                    ? [string.Create(CultureInfo.InvariantCulture, $"GEO:{lat:0.######};{lon:0.######}")]
                    : Array.Empty<string>(),
                $"URL:{e.Url}",
                .. e.People,
                $"STATUS:{(e.Cancelled ? "CANCELLED" : "CONFIRMED")}",
                e.Busy ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ];
            foreach (var line in lines)
            {
                Fold(ics, line);
            }
        }

        Fold(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    /// <summary>The rules of Europe/Amsterdam since 1996: summer time from the last Sunday of March 02:00 to the
    /// last Sunday of October 03:00.</summary>
    private static readonly string[] AmsterdamZone =
    [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Amsterdam",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19810329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, AmsterdamTime.Zone).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT values escape backslash, semicolon, comma and line breaks.</summary>
    private static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>A parameter value is quoted, and cannot hold a double quote.</summary>
    private static string Parameter(string value) => $"\"{value.Replace("\"", "'", StringComparison.Ordinal)}\"";

    /// <summary>Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character.</summary>
    private static void Fold(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}

/// <summary>One event of a calendar: a visit, a party, an open time. Times are instants, written in Europe/Amsterdam.</summary>
public sealed record CalendarEvent(
    string Uid,
    int Sequence,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Summary,
    string Description,
    string Location,
    double? Latitude,
    double? Longitude,
    string Url,
    bool Cancelled = false)
{
    /// <summary>ORGANIZER and ATTENDEE lines of a meeting request; none in a feed.</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>Whether the time shows as busy (a visit) or free (an open time one could book).</summary>
    public bool Busy { get; init; } = true;
}
