using System.Text;
using HoeWerktMijnStad.Web.Features.Bookings;

namespace HoeWerktMijnStad.UnitTests.Bookings;

/// <summary>The invitation's text as RFC 5545 wants it: escaped values, lines folded at 75 octets without
/// splitting a character, CRLF endings.</summary>
public sealed class BookingCalendarTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 30, 0, TimeSpan.Zero);

    private static BookingFacts Facts(string activity, string place) => new(
        7, 3, activity, "Warmtewerk; Installaties, B.V.", "Vakcollege", "vmbo 3", 24, Start, Start.AddHours(2), [], place,
        "Kraanspoor 12, Amsterdam", 52.4, 4.89, new Recipient("docent@school.nl", "Docent \"Jan\""), [], null);

    private static string Ics(BookingFacts facts, string method = BookingCalendar.Request, Recipient? attendee = null) =>
        BookingCalendar.For(facts, method, 2, Start.AddDays(-7), attendee ?? facts.Teacher, "noreply@hwms.nl", "https://hwms.nl/mijn/boekingen/7").Content;

    /// <summary>The content lines with folding undone.</summary>
    private static List<string> Unfolded(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n").ToList();

    [Fact]
    public void Commas_semicolons_backslashes_and_line_breaks_in_text_are_escaped()
    {
        var lines = Unfolded(Ics(Facts("Proef; water, stroom\\gas", "Hal 3")));
        Assert.Contains(@"SUMMARY:Schoolbezoek: Proef\; water\, stroom\\gas (Warmtewerk\; Installaties\, B.V.)", lines);
        Assert.Contains(lines, l => l.StartsWith("DESCRIPTION:Vakcollege\\, vmbo 3\\, 24 leerlingen.\\nBekijk", StringComparison.Ordinal));
        Assert.Contains("ATTENDEE;CN=\"Docent 'Jan'\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:docent@school.nl", lines);
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_and_never_inside_a_character()
    {
        var place = string.Concat(Enumerable.Repeat("Ééne straße — ", 12));
        var ics = Ics(Facts("Rondleiding", place));
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(ics)));
        Assert.Contains($"LOCATION:{place.Replace(",", "\\,", StringComparison.Ordinal)}\\, Kraanspoor 12\\, Amsterdam", Unfolded(ics));
    }

    [Fact]
    public void Times_are_wall_clock_times_in_amsterdam_with_the_zone_described()
    {
        var lines = Unfolded(Ics(Facts("Rondleiding", "Hal 3")));
        Assert.Contains("DTSTART;TZID=Europe/Amsterdam:20261201T093000", lines);
        Assert.Contains("DTEND;TZID=Europe/Amsterdam:20261201T113000", lines);
        Assert.Contains("TZID:Europe/Amsterdam", lines);
        Assert.Contains("GEO:52.4;4.89", lines);
    }

    [Fact]
    public void A_cancel_keeps_the_uid_and_a_published_event_names_no_people()
    {
        var cancel = Unfolded(Ics(Facts("Rondleiding", "Hal 3"), BookingCalendar.Cancel));
        Assert.Contains("METHOD:CANCEL", cancel);
        Assert.Contains("STATUS:CANCELLED", cancel);
        Assert.Contains("UID:boeking-7@hoewerktmijnstad.nl", cancel);

        var published = Unfolded(Ics(Facts("Rondleiding", "Hal 3"), BookingCalendar.Publish));
        Assert.Contains("UID:boeking-7@hoewerktmijnstad.nl", published);
        Assert.DoesNotContain(published, l => l.StartsWith("ATTENDEE", StringComparison.Ordinal) || l.StartsWith("ORGANIZER", StringComparison.Ordinal));
    }
}
