using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.Bookings;

/// <summary>The mails of a booking's life, in Dutch, each to the side that needs it and with a link to the
/// booking: queued in the outbox in the same unit of work as the change they report.</summary>
public sealed class BookingMails(SiteMail mail, IOptions<SmtpOptions> smtp, TimeProvider clock)
{
    public string SchoolLink(int bookingId) => mail.Link($"/mijn/boekingen/{bookingId}");

    public string PartnerLink(int bookingId) => mail.Link($"/partner/boekingen/{bookingId}");

    public void Requested(AppDbContext db, BookingFacts b, DateTimeOffset deadline)
    {
        // a request whose date comes sooner expires at that date
        var answerBefore = b.LatestStart is { } latest && latest < deadline ? latest : deadline;
        ToPartner(db, b, $"Nieuwe aanvraag: {b.Activity} voor {b.School}",
            [$"{b.School} vraagt een bezoek aan voor {b.Class} ({b.Pupils} leerlingen): {b.Activity}.",
             b.StartsAt is null ? $"Voorgestelde data: {b.When}. Kies er een, of stel een andere datum voor." : $"Wanneer: {b.When}.",
             $"Beantwoord de aanvraag vóór {BookingLabels.When(answerBefore)}; daarna vervalt de aanvraag en komen de plaatsen weer vrij."],
            "Aanvraag beantwoorden");
        ToSchool(db, b, $"Je aanvraag is verstuurd: {b.Activity}",
            [$"{b.Partner} heeft je aanvraag voor {b.Activity} ontvangen ({b.When}).",
             "Je hoort het zodra de partner bevestigt, afwijst of een andere datum voorstelt; uiterlijk binnen vijf werkdagen."],
            "Aanvraag bekijken");
    }

    public void Confirmed(AppDbContext db, BookingFacts b, int sequence)
    {
        string[] text =
        [
            $"Het bezoek van {b.School} ({b.Class}, {b.Pupils} leerlingen) aan {b.Partner} is bevestigd: {b.Activity}.",
            $"Wanneer: {b.When}. Waar: {b.Place}, {b.Address}.",
            "De uitnodiging voor je agenda zit bij deze mail. Op de boekingspagina staat de checklist voor de voorbereiding.",
        ];
        ToSchool(db, b, $"Bevestigd: {b.Activity} op {b.When}", text, "Boeking en checklist bekijken", Request(sequence));
        ToPartner(db, b, $"Bevestigd: {b.School} op {b.When}", text, "Boeking en checklist bekijken", Request(sequence));
    }

    public void DateProposed(AppDbContext db, BookingFacts b, DateTimeOffset proposed, string? message) =>
        ToSchool(db, b, $"{b.Partner} stelt een andere datum voor",
            [$"{b.Partner} kan niet op de gevraagde datum voor {b.Activity} en stelt voor: {BookingLabels.When(proposed)}.",
             .. string.IsNullOrWhiteSpace(message) ? Array.Empty<string>() : [$"Toelichting: {message}"],
             "Neem het voorstel aan of wijs het af op de boekingspagina."],
            "Voorstel bekijken");

    public void ProposalRejected(AppDbContext db, BookingFacts b) =>
        ToPartner(db, b, $"{b.School} kan niet op de voorgestelde datum",
            [$"{b.School} heeft de voorgestelde datum voor {b.Activity} afgewezen. De aanvraag is daarmee gestopt."],
            "Boeking bekijken");

    public void Declined(AppDbContext db, BookingFacts b, string reason) =>
        ToSchool(db, b, $"Aanvraag afgewezen: {b.Activity}",
            [$"{b.Partner} kan je aanvraag voor {b.Activity} ({b.When}) niet aannemen.", $"Reden: {reason}",
             "Kies een andere tijd of een andere activiteit in het aanbod.", $"Je aanvraag: {SchoolLink(b.Id)}"],
            "Ander bezoek kiezen", link: mail.Link($"/aanbod/{b.ActivityId}"));

    /// <summary>Both sides hear of it; a visit that was in their calendars is taken out again.</summary>
    public void Cancelled(AppDbContext db, BookingFacts b, string by, string reason, int? sequenceIfConfirmed)
    {
        string[] text = [$"{by} heeft het bezoek {b.Activity} ({b.When}) geannuleerd.", $"Reden: {reason}"];
        var invite = sequenceIfConfirmed is { } sequence ? Cancel(sequence) : null;
        ToSchool(db, b, $"Geannuleerd: {b.Activity}", text, "Boeking bekijken", invite);
        ToPartner(db, b, $"Geannuleerd: {b.School}, {b.Activity}", text, "Boeking bekijken", invite);
        ToLeader(db, b, $"Geannuleerd: {b.School}, {b.Activity}", text, invite);
    }

    /// <summary>A request ran out of time: the partner did not answer, or (after the partner proposed another
    /// date) the school did not.</summary>
    public void Expired(AppDbContext db, BookingFacts b, bool schoolDidNotAnswer)
    {
        if (schoolDidNotAnswer)
        {
            ToSchool(db, b, $"Verlopen: het voorstel van {b.Partner} voor {b.Activity}",
                [$"Je hebt niet op tijd gereageerd op de datum die {b.Partner} voorstelde voor {b.Activity}. De aanvraag is verlopen.",
                 "Kies een andere tijd of een andere activiteit.", $"Je aanvraag: {SchoolLink(b.Id)}"],
                "Ander bezoek kiezen", link: mail.Link($"/aanbod/{b.ActivityId}"));
            ToPartner(db, b, $"Verlopen: {b.School} reageerde niet op je voorstel",
                [$"{b.School} heeft niet gereageerd op de datum die je voorstelde voor {b.Activity}. De aanvraag is verlopen."],
                "Boeking bekijken");
            return;
        }

        ToSchool(db, b, $"Geen antwoord: je aanvraag voor {b.Activity} is verlopen",
            [$"{b.Partner} heeft niet op tijd op je aanvraag voor {b.Activity} ({b.When}) gereageerd. De aanvraag is verlopen.",
             "Kies een andere tijd of een andere activiteit; er is vast iets dat past.", $"Je aanvraag: {SchoolLink(b.Id)}"],
            "Ander bezoek kiezen", link: mail.Link($"/aanbod/{b.ActivityId}"));
        ToPartner(db, b, $"Verlopen: de aanvraag van {b.School}",
            [$"De aanvraag van {b.School} voor {b.Activity} ({b.When}) is verlopen: er kwam geen antwoord op tijd (binnen vijf werkdagen, of vóór de gevraagde datum).",
             "Beantwoord aanvragen op tijd: alleen partners die scholen ontvangen blijven op de kaart."],
            "Boeking bekijken");
    }

    /// <summary>Two days before: when and where, who to call on the day, each side's open items (the reader's own as a
    /// list, the other side's in a line), and the invitation again, now with the contacts in its description.</summary>
    public void Reminder(AppDbContext db, BookingFacts b, IReadOnlyList<string> schoolOpen, IReadOnlyList<string> companyOpen, int sequence)
    {
        ToSchool(db, b, $"Herinnering: {b.Activity}, {b.When}", [.. Remind(b), Other(b.Partner, companyOpen)], "Boeking en checklist bekijken",
            Request(sequence), Open(schoolOpen));
        ToPartner(db, b, $"Herinnering: {b.School} komt op bezoek, {b.When}", [.. Remind(b), Other(b.School, schoolOpen)], "Boeking en checklist bekijken",
            Request(sequence), Open(companyOpen));

        static string[] Remind(BookingFacts b) =>
        [
            $"Het bezoek {b.Activity} van {b.School} bij {b.Partner} is {b.When}, in {b.Place}, {b.Address}.",
            .. b.ContactLines.Count > 0 ? b.ContactLines : ["Nog geen contactpersoon voor de dag genoemd: vul die in op de boekingspagina."],
        ];

        static string Other(string who, IReadOnlyList<string> items) => items.Count == 0
            ? $"{who} heeft alles voor vooraf gedaan."
            : $"Nog open bij {who} ({items.Count}): {string.Join(" ", items)}";

        static (string, IReadOnlyList<string>) Open(IReadOnlyList<string> items) =>
            (items.Count == 0 ? "Alles op je checklist voor vooraf is gedaan." : "Nog open op je checklist voor vooraf:", items);
    }

    public void NotHappened(AppDbContext db, BookingFacts b, string by, string reason)
    {
        string[] text = [$"{by} meldt dat het bezoek {b.Activity} ({b.When}) niet is doorgegaan.", $"Reden: {reason}"];
        ToSchool(db, b, $"Niet doorgegaan: {b.Activity}", text, "Boeking bekijken");
        ToPartner(db, b, $"Niet doorgegaan: {b.School}, {b.Activity}", text, "Boeking bekijken");
        ToLeader(db, b, $"Niet doorgegaan: {b.School}, {b.Activity}", text, null);
    }

    /// <summary>Both sides hear it; the programme leader gets the visit in (or out of) their calendar.</summary>
    public void LeaderAttending(AppDbContext db, BookingFacts b, bool attending, int sequence)
    {
        string[] text = attending
            ? [$"De programmaleider van Hoe Werkt Mijn Stad gaat mee met het bezoek {b.Activity} ({b.When}).", "Reken op één volwassene extra."]
            : [$"De programmaleider gaat toch niet mee met het bezoek {b.Activity} ({b.When})."];
        var subject = attending ? $"De programmaleider gaat mee: {b.Activity}" : $"De programmaleider gaat niet mee: {b.Activity}";
        ToSchool(db, b, subject, text, "Boeking bekijken");
        ToPartner(db, b, subject, text, "Boeking bekijken");
        ToLeader(db, b, subject, [$"{b.School} bij {b.Partner}: {b.Activity}, {b.When}, in {b.Place}, {b.Address}."],
            attending ? Request(sequence) : Cancel(sequence));
    }

    /// <summary>To the sides that have not sent their evaluation (both, the first time).</summary>
    public void EvaluationRequest(AppDbContext db, BookingFacts b, bool school, bool company, bool reminder)
    {
        var subject = (reminder ? "Herinnering: " : "") + $"Hoe was het bezoek {b.Activity}?";
        string[] text =
        [
            $"Het bezoek {b.Activity} van {b.School} bij {b.Partner} ({b.When}) is uitgevoerd. Bedankt!",
            "Vul de korte evaluatie in (vijf minuten): zo worden volgende bezoeken nog beter.",
        ];
        if (school)
        {
            ToSchool(db, b, subject, text, "Evaluatie invullen", link: mail.Link($"/mijn/boekingen/{b.Id}/evaluatie"));
        }

        if (company)
        {
            ToPartner(db, b, subject, text, "Evaluatie invullen", link: mail.Link($"/partner/boekingen/{b.Id}/evaluatie"));
        }
    }

    /// <summary>A digest of what the other side wrote on the booking, to one reader.</summary>
    public void Messages(AppDbContext db, BookingFacts b, Recipient to, bool toSchool, IReadOnlyList<string> messages)
    {
        var from = toSchool ? b.Partner : b.School;
        var subject = messages.Count == 1 ? $"Nieuw bericht van {from} over {b.Activity}" : $"{messages.Count} nieuwe berichten van {from} over {b.Activity}";
        var link = toSchool ? SchoolLink(b.Id) : PartnerLink(b.Id);
        var content = new MailContent(subject, $"Hallo {to.Name},",
            [$"{from} schreef over het bezoek {b.Activity} ({b.When}):", "Antwoord op de boekingspagina; de andere kant krijgt dan ook een mail."],
            "Berichten lezen en antwoorden", link) { List = messages, ListHeading = messages.Count == 1 ? "Het bericht:" : "De berichten:" };
        mail.Queue(db, to.Email, to.Name, content, null, b.Id);
    }

    /// <summary>An invitation to make for each recipient: its METHOD and SEQUENCE.</summary>
    private sealed record Invite(string Method, int Sequence);

    private static Invite Request(int sequence) => new(BookingCalendar.Request, sequence);

    private static Invite Cancel(int sequence) => new(BookingCalendar.Cancel, sequence);

    private void ToSchool(AppDbContext db, BookingFacts b, string subject, string[] text, string button,
        Invite? invite = null, (string, IReadOnlyList<string>)? list = null, string? link = null)
    {
        if (b.Teacher is { } teacher)
        {
            Send(db, teacher, b, new MailContent(subject, $"Hallo {teacher.Name},", text, button, link ?? SchoolLink(b.Id)), invite, list, SchoolLink(b.Id));
        }
    }

    private void ToPartner(AppDbContext db, BookingFacts b, string subject, string[] text, string button,
        Invite? invite = null, (string, IReadOnlyList<string>)? list = null, string? link = null)
    {
        foreach (var editor in b.Editors)
        {
            Send(db, editor, b, new MailContent(subject, $"Hallo {editor.Name},", text, button, link ?? PartnerLink(b.Id)), invite, list, PartnerLink(b.Id));
        }
    }

    private void ToLeader(AppDbContext db, BookingFacts b, string subject, string[] text, Invite? invite)
    {
        if (b.Leader is { } leader)
        {
            Send(db, leader, b, new MailContent(subject, $"Hallo {leader.Name},", text, "Boeking bekijken", SchoolLink(b.Id)), invite, null, SchoolLink(b.Id));
        }
    }

    private void Send(AppDbContext db, Recipient to, BookingFacts b, MailContent content, Invite? invite,
        (string Heading, IReadOnlyList<string> Items)? list, string bookingLink)
    {
        // each recipient's invitation names them as its attendee
        var calendar = invite is null ? null
            : BookingCalendar.For(b, invite.Method, invite.Sequence, clock.GetUtcNow(), to, smtp.Value.FromAddress, bookingLink);
        mail.Queue(db, to.Email, to.Name, content with { List = list?.Items ?? [], ListHeading = list?.Heading }, calendar, b.Id);
    }
}
