using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Bookings;

/// <summary>Issue 17 §1: a booking's message thread with its mail digest (real SMTP, a set clock), the unread counts,
/// the contacts for the day in the reminder and the invitation, and their erasure under the retention rule.</summary>
public sealed class BookingMessagesTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    private async Task<int> DigestAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BookingMessageDigest>().RunAsync();
    }

    private static Task<(HttpResponseMessage Response, string Html)> WriteAsync(HttpClient client, string page, string text) =>
        client.PostFormAsync(page, new Dictionary<string, string> { ["Input.Text"] = text }, "nieuw-bericht");

    private List<MimeKit.MimeMessage> MessageMails(string to, int bookingId) =>
        fixture.Smtp.To(to).Where(m => (m.Subject ?? "").Contains("bericht", StringComparison.Ordinal)
            && (m.TextBody ?? "").Contains($"/boekingen/{bookingId}", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task The_other_side_is_mailed_a_digest_at_most_once_per_quarter_hour_and_not_for_what_it_already_read()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var bookingId = await fixture.ConfirmedBookingAsync();
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        var schoolPage = $"/mijn/boekingen/{bookingId}";
        var partnerPage = $"/partner/boekingen/{bookingId}";

        var (_, sent) = await WriteAsync(teacher, schoolPage, "Is het praktijklokaal gelijkvloers?");
        Assert.Contains("Je bericht is verstuurd", sent, StringComparison.Ordinal);
        Assert.Contains("Is het praktijklokaal gelijkvloers?", sent, StringComparison.Ordinal);
        Assert.Contains("1 nieuw bericht", await editor.GetStringAsync("/partner/boekingen"), StringComparison.Ordinal);
        Assert.Contains("1 nieuw bericht", await editor.GetStringAsync("/partner"), StringComparison.Ordinal);

        // the first digest goes at the next run
        Assert.Equal(1, await DigestAsync());
        Assert.Equal(0, await DigestAsync());
        await fixture.Factory.DeliverMailAsync();
        var first = Assert.Single(MessageMails(SelfServiceWorld.EditorA, bookingId));
        Assert.Equal("Nieuw bericht van Testschool Oost over " + await ActivityAsync(bookingId), first.Subject);
        Assert.Contains("Is het praktijklokaal gelijkvloers?", first.TextBody, StringComparison.Ordinal);
        Assert.Empty(MessageMails(SelfServiceWorld.Teacher, bookingId));

        // two more within the quarter hour wait for it, and then go in one mail
        fixture.Clock.UtcNow = fixture.Clock.UtcNow.AddMinutes(3);
        await WriteAsync(teacher, schoolPage, "En mogen de fietsen binnen staan?");
        fixture.Clock.UtcNow = fixture.Clock.UtcNow.AddMinutes(5);
        await WriteAsync(teacher, schoolPage, "We komen met 2 begeleiders.");
        Assert.Equal(0, await DigestAsync());
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 11, 23, 9, 15, 0, TimeSpan.Zero);
        Assert.Equal(1, await DigestAsync());
        await fixture.Factory.DeliverMailAsync();
        var digest = Assert.Single(MessageMails(SelfServiceWorld.EditorA, bookingId), m => m.Subject!.StartsWith("2 nieuwe berichten", StringComparison.Ordinal));
        Assert.Contains("En mogen de fietsen binnen staan?", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("We komen met 2 begeleiders.", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("gelijkvloers", digest.TextBody, StringComparison.Ordinal);

        // the partner reads the thread and answers: nothing unread for it, and the teacher is told
        var read = await editor.GetStringAsync(partnerPage);
        Assert.Contains("We komen met 2 begeleiders.", read, StringComparison.Ordinal);
        Assert.DoesNotContain("nieuw bericht", await editor.GetStringAsync("/partner/boekingen"), StringComparison.Ordinal);
        await WriteAsync(editor, partnerPage, "Ja, alles is gelijkvloers en de fietsen kunnen in de hal.");
        Assert.Contains("1 nieuw bericht", await teacher.GetStringAsync("/mijn/boekingen"), StringComparison.Ordinal);
        fixture.Clock.UtcNow = fixture.Clock.UtcNow.AddMinutes(1);
        Assert.Equal(1, await DigestAsync());
        await fixture.Factory.DeliverMailAsync();
        var answer = Assert.Single(MessageMails(SelfServiceWorld.Teacher, bookingId));
        Assert.Contains("alles is gelijkvloers", answer.TextBody, StringComparison.Ordinal);
        Assert.Contains(partnerPage.Replace("/partner/", "/mijn/", StringComparison.Ordinal), answer.TextBody, StringComparison.Ordinal);

        // what the partner read on the site before the next run is not mailed
        fixture.Clock.UtcNow = fixture.Clock.UtcNow.AddMinutes(30);
        await WriteAsync(teacher, schoolPage, "Top, tot dan!");
        await editor.GetStringAsync(partnerPage);
        Assert.Equal(0, await DigestAsync());
        await using var db = fixture.CreateDbContext();
        Assert.Equal(5, await db.BookingMessages.CountAsync(m => m.BookingId == bookingId));

        // the right of access lists one's own messages
        var export = await teacher.GetStringAsync("/account/mijn-gegevens.json");
        Assert.Contains("\"bookingMessages\":[", export.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Top, tot dan!", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_digest_runs_at_once_mail_once()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        var bookingId = await fixture.ConfirmedBookingAsync();
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);
        await WriteAsync(editor, $"/partner/boekingen/{bookingId}", "Neem dichte schoenen mee.");

        var runs = await Task.WhenAll(DigestAsync(), DigestAsync(), DigestAsync());

        Assert.Equal(1, runs.Sum());
        await fixture.Factory.DeliverMailAsync();
        Assert.Single(MessageMails(SelfServiceWorld.Teacher, bookingId));
    }

    [Fact]
    public async Task Only_the_two_sides_write_and_an_empty_or_long_message_is_refused_at_its_field_with_the_text_kept()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
        var bookingId = await fixture.ConfirmedBookingAsync();
        await fixture.OtherTeacherAsync();
        var stranger = fixture.Factory.CreateClient();
        await stranger.SignInAsync(BookingWorld.OtherTeacher, SelfServiceWorld.Password);
        var (refused, _) = await WriteAsync(stranger, $"/mijn/boekingen/{bookingId}", "Hallo");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
        var otherEditor = await fixture.SignedInAsync(SelfServiceWorld.EditorB);
        var (refusedToo, _) = await WriteAsync(otherEditor, $"/partner/boekingen/{bookingId}", "Hallo");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refusedToo.StatusCode);

        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var (_, empty) = await WriteAsync(teacher, $"/mijn/boekingen/{bookingId}", "   ");
        Assert.Contains("Schrijf een bericht van 1 tot 1000 tekens.", empty, StringComparison.Ordinal);
        var tooLong = "Een heel lange vraag over het bezoek. " + new string('x', 1000);
        var (_, longHtml) = await WriteAsync(teacher, $"/mijn/boekingen/{bookingId}", tooLong);
        Assert.Contains("Schrijf een bericht van 1 tot 1000 tekens.", longHtml, StringComparison.Ordinal);
        Assert.Contains("Een heel lange vraag over het bezoek.", longHtml, StringComparison.Ordinal);

        await using var db = fixture.CreateDbContext();
        Assert.False(await db.BookingMessages.AnyAsync(m => m.BookingId == bookingId));
    }

    [Fact]
    public async Task Both_contacts_for_the_day_show_on_the_booking_in_the_reminder_and_in_the_invitation_and_are_erased_with_the_messages()
    {
        fixture.Clock.UtcNow = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        var bookingId = await fixture.ConfirmedBookingAsync();
        var teacher = await fixture.SignedInAsync(SelfServiceWorld.Teacher);
        var editor = await fixture.SignedInAsync(SelfServiceWorld.EditorA);

        // a bad phone number is refused at its field, with what was typed kept
        var (_, bad) = await editor.PostFormAsync($"/partner/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Input.Name"] = "Sanne Gastvrouw", ["Input.Phone"] = "bel me", ["Input.MeetingPoint"] = "Bij de hoofdingang" }, "contact");
        Assert.Contains("Vul een telefoonnummer in met alleen cijfers", bad, StringComparison.Ordinal);
        Assert.Contains("value=\"Sanne Gastvrouw\"", bad, StringComparison.Ordinal);
        Assert.Contains("Bij de hoofdingang", bad, StringComparison.Ordinal);

        var (_, saved) = await editor.PostFormAsync($"/partner/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Input.Name"] = "Sanne Gastvrouw", ["Input.Phone"] = "020 1234567", ["Input.MeetingPoint"] = "Bij de hoofdingang, fietsen links" }, "contact");
        Assert.Contains("De contactpersoon voor de dag is opgeslagen", saved, StringComparison.Ordinal);
        await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}",
            new Dictionary<string, string> { ["Input.Name"] = "Meester Bram", ["Input.Phone"] = "06 98765432" }, "contact");
        var page = await teacher.GetStringAsync($"/mijn/boekingen/{bookingId}");
        Assert.Contains("Sanne Gastvrouw, 020 1234567", page, StringComparison.Ordinal);
        Assert.Contains("Meester Bram, 06 98765432", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Meester Bram\"", page, StringComparison.Ordinal);

        var download = await teacher.GetStringAsync($"/mijn/boekingen/{bookingId}/uitnodiging.ics");
        var downloaded = Assert.Single(Ical.Net.Calendar.Load(download)!.Events);
        Assert.Contains("Contact bij Partner A op de dag: Sanne Gastvrouw, 020 1234567; verzamelen: Bij de hoofdingang, fietsen links", downloaded.Description, StringComparison.Ordinal);
        Assert.Contains("Contact van Testschool Oost op de dag: Meester Bram, 06 98765432", downloaded.Description, StringComparison.Ordinal);

        // two days before: the reminder names both, and carries the invitation again with them
        await using (var db = fixture.CreateDbContext())
        {
            var start = (await db.Bookings.SingleAsync(b => b.Id == bookingId)).StartsAt!.Value;
            fixture.Clock.UtcNow = start.AddDays(-2).AddMinutes(1);
        }

        await fixture.RunFollowUpAsync();
        await fixture.Factory.DeliverMailAsync();
        foreach (var who in new[] { SelfServiceWorld.Teacher, SelfServiceWorld.EditorA })
        {
            var reminder = fixture.Smtp.OnlyMail(who, "Herinnering", bookingId);
            Assert.Contains("Contact bij Partner A op de dag: Sanne Gastvrouw, 020 1234567; verzamelen: Bij de hoofdingang, fietsen links", reminder.TextBody, StringComparison.Ordinal);
            Assert.Contains("Contact van Testschool Oost op de dag: Meester Bram, 06 98765432", reminder.TextBody, StringComparison.Ordinal);
            var (calendar, method) = reminder.Invitation();
            Assert.Equal("REQUEST", method);
            Assert.Contains("Meester Bram, 06 98765432", Assert.Single(calendar.Events).Description, StringComparison.Ordinal);
        }

        await teacher.PostFormAsync($"/mijn/boekingen/{bookingId}", new Dictionary<string, string> { ["Input.Text"] = "We vertrekken om 8 uur." }, "nieuw-bericht");

        // 90 days after the visit the thread and both contacts are gone; the booking stays
        fixture.Clock.UtcNow = fixture.Clock.UtcNow.AddDays(93);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionJobs>().EraseBookingContactsAsync();
        }

        await using (var db = fixture.CreateDbContext())
        {
            var booking = await db.Bookings.SingleAsync(b => b.Id == bookingId);
            Assert.Equal(("", "", "", "", ""), (booking.HostName, booking.HostPhone, booking.MeetingPoint, booking.SchoolContactName, booking.DayPhone));
            Assert.False(await db.BookingMessages.AnyAsync(m => m.BookingId == bookingId));
        }
    }

    private async Task<string> ActivityAsync(int bookingId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Bookings.Where(b => b.Id == bookingId).Select(b => b.Activity!.Title).SingleAsync();
    }
}
