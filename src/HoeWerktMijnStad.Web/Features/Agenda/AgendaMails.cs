using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Agenda;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.Agenda;

/// <summary>The mails of a sign-up, queued in the outbox with the change they report. A confirmed place carries the
/// calendar invitation, with the online link for an online session; giving it up carries the cancellation.</summary>
public sealed class AgendaMails(SiteMail mail, AgendaLinks links, IOptions<SmtpOptions> smtp, TimeProvider clock)
{
    public const string SubjectPrefix = "Agenda: ";

    public void ConfirmAddress(AppDbContext db, EventSignUp s, EventFacts e) =>
        Queue(db, s, e, "bevestig je aanmelding",
            [$"Je hebt je aangemeld voor \"{e.Title}\" ({e.When}).", "Bevestig je aanmelding via de knop. Daarna krijg je je plaats, of een plek op de wachtlijst als het vol is.",
             "Heb je dit niet zelf gedaan? Dan hoef je niets te doen: zonder bevestiging telt de aanmelding niet."],
            "Aanmelding bevestigen");

    public void Placed(AppDbContext db, EventSignUp s, EventFacts e, bool fromWaitingList) =>
        Queue(db, s, e, fromWaitingList ? "er is een plaats voor je vrijgekomen" : "je bent aangemeld",
            [fromWaitingList ? $"Goed nieuws: er is een plaats vrijgekomen bij \"{e.Title}\" en die is nu van jou." : $"Je bent aangemeld voor \"{e.Title}\".",
             $"Wanneer: {e.When}. Waar: {e.Where}.",
             .. e.OnlineLink is { } online ? [$"Doe mee via deze link: {online}"] : Array.Empty<string>(),
             "De uitnodiging voor je agenda zit bij deze mail. Kun je toch niet? Meld je dan af via de knop: dan krijgt iemand van de wachtlijst je plaats."],
            "Aanmelding bekijken of afmelden",
            AgendaCalendar.Invitation(e, BookingCalendar.Request, new Recipient(s.Email, s.Name), smtp.Value.FromAddress, clock.GetUtcNow(), mail.Link(AgendaLabels.Url(e.Id))));

    public void Waiting(AppDbContext db, EventSignUp s, EventFacts e, int position) =>
        Queue(db, s, e, "je staat op de wachtlijst",
            [$"\"{e.Title}\" ({e.When}) is vol. Je staat op de wachtlijst, op plaats {position}.",
             "Meldt iemand zich af, dan schuif je op. Krijg je een plaats, dan mailen we je met de uitnodiging voor je agenda."],
            "Aanmelding bekijken of afmelden");

    public void Cancelled(AppDbContext db, EventSignUp s, EventFacts e, bool hadPlace) =>
        Queue(db, s, e, "je bent afgemeld",
            [$"Je bent afgemeld voor \"{e.Title}\" ({e.When}).", hadPlace ? "Je plaats gaat naar de eerste op de wachtlijst." : "Je staat niet meer op de wachtlijst."],
            "Bekijk de agenda",
            hadPlace ? AgendaCalendar.Invitation(e, BookingCalendar.Cancel, new Recipient(s.Email, s.Name), smtp.Value.FromAddress, clock.GetUtcNow(), mail.Link(AgendaLabels.Url(e.Id))) : null,
            mail.Link(AgendaLabels.Root));

    /// <summary>The time, place or link of an event with this person's place changed: the updated invitation (same UID,
    /// higher SEQUENCE) replaces the old one in their calendar.</summary>
    public void Changed(AppDbContext db, EventSignUp s, EventFacts e) =>
        Queue(db, s, e, "gewijzigd",
            [$"\"{e.Title}\" is gewijzigd. Je plaats blijft van jou.",
             $"Wanneer: {e.When}. Waar: {e.Where}.",
             .. e.OnlineLink is { } online ? [$"Doe mee via deze link: {online}"] : Array.Empty<string>(),
             "De bijgewerkte uitnodiging zit bij deze mail: je agenda past het evenement aan. Kun je nu niet meer? Meld je dan af via de knop."],
            "Aanmelding bekijken of afmelden",
            AgendaCalendar.Invitation(e, BookingCalendar.Request, new Recipient(s.Email, s.Name), smtp.Value.FromAddress, clock.GetUtcNow(), mail.Link(AgendaLabels.Url(e.Id))));

    /// <summary>The publisher called the event off: everyone with a place (with the calendar's CANCEL) or waiting hears why.</summary>
    public void EventCancelled(AppDbContext db, EventSignUp s, EventFacts e, bool hadPlace) =>
        Queue(db, s, e, "gaat niet door",
            [$"Helaas: \"{e.Title}\" ({e.When}) gaat niet door.", $"De reden: {e.CancelReason}",
             hadPlace ? "Met deze mail verdwijnt het evenement uit je agenda." : "Je stond op de wachtlijst; die vervalt."],
            "Bekijk de agenda",
            hadPlace ? AgendaCalendar.Invitation(e, BookingCalendar.Cancel, new Recipient(s.Email, s.Name), smtp.Value.FromAddress, clock.GetUtcNow(), mail.Link(AgendaLabels.Url(e.Id))) : null,
            mail.Link(AgendaLabels.Root));

    private void Queue(AppDbContext db, EventSignUp s, EventFacts e, string subject, string[] paragraphs, string button,
        CalendarAttachment? calendar = null, string? link = null) =>
        mail.Queue(db, s.Email, s.Name, new MailContent($"{SubjectPrefix}{e.Title}: {subject}", $"Beste {s.Name},", paragraphs, button,
            link ?? mail.Link(AgendaLinks.PathFor(links.TokenFor(s.Id)))), calendar);
}
