using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Email;

namespace HoeWerktMijnStad.Web.Features.Agenda;

/// <summary>The agenda's events in the site's one calendar writer (<see cref="BookingCalendar.Write"/>): one UID per
/// event, the same in the public feed and in a participant's invitation, so importing both gives one event. The
/// online link is written only into a participant's own invitation, never into the feed.</summary>
public static class AgendaCalendar
{
    public const string Product = "Agenda";

    public static string Uid(int eventId) => $"agenda-{eventId}@hoewerktmijnstad.nl";

    public static CalendarEvent Event(EventFacts e, string link, bool withOnlineLink, bool cancelled = false) => new(
        Uid(e.Id), e.Sequence, e.StartsAt, e.EndsAt, $"{e.Title} ({AgendaLabels.Of(e.Type)})",
        withOnlineLink && e.OnlineLink is { } online
            ? $"{e.Description}\n\nDoe mee via: {online}\nMeer informatie: {link}"
            : $"{e.Description}\n\nMeer informatie en aanmelden: {link}",
        e.Where, e.Latitude, e.Longitude, link, cancelled || e.IsCancelled);

    /// <summary>A participant's invitation: a REQUEST when the place is confirmed, a CANCEL when it is given up.</summary>
    public static CalendarAttachment Invitation(EventFacts e, string method, Recipient attendee, string organizerEmail, DateTimeOffset stamp, string link)
    {
        var cancel = method == BookingCalendar.Cancel;
        var calendarEvent = Event(e, link, withOnlineLink: !cancel, cancelled: cancel) with
        {
            People =
            [
                $"ORGANIZER;CN=Hoe Werkt Mijn Stad:mailto:{organizerEmail}",
                $"ATTENDEE;CN=\"{attendee.Name.Replace("\"", "'", StringComparison.Ordinal)}\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{attendee.Email}",
            ],
        };
        return new CalendarAttachment(method, BookingCalendar.Write(method, Product, stamp, [calendarEvent]));
    }

    /// <summary>The public feed: events to add, without anyone's details or online links.</summary>
    public static string Feed(IEnumerable<EventFacts> events, Func<int, string> link, DateTimeOffset stamp, string name) =>
        BookingCalendar.Write(BookingCalendar.Publish, Product, stamp, events.Select(e => Event(e, link(e.Id), withOnlineLink: false)), name);
}
