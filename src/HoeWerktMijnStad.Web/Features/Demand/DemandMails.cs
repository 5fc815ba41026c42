using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.Map;
using HoeWerktMijnStad.Web.Infrastructure.Email;

namespace HoeWerktMijnStad.Web.Features.Demand;

/// <summary>The demand side's mails, in Dutch, in the site's one layout, queued in the outbox in the same unit of
/// work as the change they report. Mails to partners name the school and its district, never the teacher.</summary>
public sealed class DemandMails(SiteMail mail)
{
    public string TeacherLink(int requestId) => mail.Link($"/mijn/vragen/{requestId}");

    public string PartnerLink(int requestId, string partnerSlug) => mail.Link($"/partner/vragen/{requestId}?partner={Uri.EscapeDataString(partnerSlug)}");

    /// <summary>A partner that asked for it at once hears of a new request that fits it.</summary>
    public void NewRequest(AppDbContext db, DemandFacts r, string partnerSlug, double distanceMeters, IEnumerable<Recipient> editors) =>
        ToAll(db, editors, $"Nieuwe vraag: {r.Title} ({r.School})",
            [$"{r.School} in {r.District} zoekt: {r.Title}.", $"{r.What} · {r.Class} · {r.Pupils} leerlingen · {r.Period}.",
             $"Jullie dichtstbijzijnde plek ligt op {Distances.Format(distanceMeters)} van de school. Doe een aanbod met een of meer data."],
            "Vraag bekijken en aanbod doen", PartnerLink(r.Id, partnerSlug));

    /// <summary>The week's new requests that fit a partner, in one mail.</summary>
    public void WeeklyDigest(AppDbContext db, string partnerName, string partnerSlug, IReadOnlyList<DemandFacts> requests, IEnumerable<Recipient> editors) =>
        ToAll(db, editors, requests.Count == 1 ? $"1 nieuwe vraag voor {partnerName}" : $"{requests.Count} nieuwe vragen voor {partnerName}",
            [$"Deze week kwamen er vragen van scholen bij die passen bij wat {partnerName} doet en waar jullie zitten."],
            "Alle open vragen bekijken", mail.Link($"/partner/vragen?partner={Uri.EscapeDataString(partnerSlug)}"),
            ("Nieuwe vragen:", requests.Select(r => r.Line).ToList()));

    public void OfferReceived(AppDbContext db, DemandFacts r, string partner, string activity, IReadOnlyList<DateTimeOffset> dates)
    {
        if (r.Teacher is { } teacher)
        {
            Send(db, teacher, $"Aanbod op je vraag: {partner}",
                [$"{partner} reageert op je vraag \"{r.Title}\" met: {activity}.", $"Mogelijke data: {string.Join("; ", dates.Order().Select(BookingLabels.When))}.",
                 "Vergelijk de aanbiedingen naast elkaar en neem er een aan; dan is het bezoek meteen bevestigd."],
                "Aanbiedingen vergelijken", TeacherLink(r.Id));
        }
    }

    /// <summary>A friendly word to a partner whose offer was not taken.</summary>
    public void OfferClosed(AppDbContext db, DemandFacts r, string partnerSlug, ClosedBecause because, IEnumerable<Recipient> editors)
    {
        var why = because switch
        {
            ClosedBecause.OtherOfferTaken => $"{r.School} heeft voor een ander aanbod gekozen.",
            ClosedBecause.Withdrawn => $"{r.School} heeft de vraag ingetrokken.",
            _ => "De periode van de vraag is voorbij zonder dat de school een aanbod aannam.",
        };
        ToAll(db, editors, $"Je aanbod is gesloten: {r.Title}",
            [$"Bedankt voor je aanbod op de vraag \"{r.Title}\" van {r.School}. {why}",
             "Je aanbod is daarmee gesloten. Er komen vast nieuwe vragen die bij jullie passen: fijn dat jullie klaarstaan voor scholen!"],
            "Open vragen bekijken", mail.Link($"/partner/vragen?partner={Uri.EscapeDataString(partnerSlug)}"));
    }

    public void Expired(AppDbContext db, DemandFacts r, int openOffers)
    {
        if (r.Teacher is { } teacher)
        {
            Send(db, teacher, $"Je vraag is verlopen: {r.Title}",
                [$"De periode van je vraag \"{r.Title}\" ({r.Period}) is voorbij.",
                 openOffers == 0 ? "Er kwam geen aanbod op. Probeer het opnieuw met een langere periode of een grotere afstand, of zoek zelf in het aanbod."
                     : $"Je hebt geen van de {openOffers} aanbiedingen aangenomen; ze zijn gesloten.",
                 "Een nieuwe vraag stellen kan altijd."],
                "Nieuwe vraag stellen", mail.Link("/mijn/vragen/nieuw"));
        }
    }

    /// <summary>The programme leader hears of requests that no partner answered in ten days.</summary>
    public void Unanswered(AppDbContext db, IReadOnlyList<DemandFacts> requests, IEnumerable<Recipient> leaders) =>
        ToAll(db, leaders, requests.Count == 1 ? "1 vraag zonder aanbod na tien dagen" : $"{requests.Count} vragen zonder aanbod na tien dagen",
            ["Op deze vragen van scholen heeft na tien dagen nog geen partner gereageerd. Misschien kun je een partner benaderen."],
            "Vragen zonder aanbod bekijken", mail.Link("/beheer/vragen"),
            ("Zonder aanbod:", requests.Select(r => r.Line).ToList()));

    private void ToAll(AppDbContext db, IEnumerable<Recipient> recipients, string subject, string[] text, string button, string link,
        (string Heading, IReadOnlyList<string> Items)? list = null)
    {
        foreach (var recipient in recipients)
        {
            Send(db, recipient, subject, text, button, link, list);
        }
    }

    private void Send(AppDbContext db, Recipient to, string subject, string[] text, string button, string link,
        (string Heading, IReadOnlyList<string> Items)? list = null) =>
        mail.Queue(db, to.Email, to.Name, new MailContent(subject, $"Hallo {to.Name},", text, button, link)
        {
            List = list?.Items ?? [],
            ListHeading = list?.Heading,
        });
}

public enum ClosedBecause
{
    OtherOfferTaken,
    Withdrawn,
    Expired,
}
