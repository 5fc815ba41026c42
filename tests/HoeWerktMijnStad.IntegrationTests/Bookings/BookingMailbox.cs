using System.Text;
using HoeWerktMijnStad.TestSupport;
using Ical.Net;
using MimeKit;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

/// <summary>Reading the booking mails the real SMTP server received, and their calendar invitations.</summary>
public static class BookingMailbox
{
    public static IReadOnlyList<MimeMessage> To(this SmtpTestServer smtp, string address) =>
        smtp.Messages().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>The one mail to an address with this in its subject (and, given a booking, about that booking).</summary>
    public static MimeMessage OnlyMail(this SmtpTestServer smtp, string address, string subjectPart, int? bookingId = null) =>
        Assert.Single(smtp.To(address), m => (m.Subject ?? "").Contains(subjectPart, StringComparison.Ordinal)
            && (bookingId is null || (m.TextBody ?? "").Contains($"/boekingen/{bookingId}", StringComparison.Ordinal)));

    /// <summary>The attached invitation, parsed by a calendar library, and the METHOD its content type names.</summary>
    public static (Calendar Calendar, string ContentTypeMethod) Invitation(this MimeMessage message)
    {
        var part = Assert.Single(message.Attachments.OfType<MimePart>(), a => a.ContentType.MimeType == "text/calendar");
        using var bytes = new MemoryStream();
        part.Content!.DecodeTo(bytes);
        var text = Encoding.UTF8.GetString(bytes.ToArray());
        // the maildir stores lines with LF; on the wire they end in CRLF
        Assert.All(text.Split('\n'), line => Assert.True(Encoding.UTF8.GetByteCount(line.TrimEnd('\r')) <= 75, $"line longer than 75 octets: {line}"));
        return (Calendar.Load(text)!, part.ContentType.Parameters["method"] ?? "");
    }
}
