using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Family.Parties;

/// <summary>The mails of a kids' party booking, queued in the outbox with the change they report. Every subject
/// starts with "Kinderfeestje K{id}:" so <see cref="PartyBookings.EraseAsync"/> can find them again.</summary>
public sealed class PartyMails(SiteMail mail)
{
    public const string SubjectPrefix = "Kinderfeestje ";

    public string ParentLink(string token) => mail.Link($"/kinderfeestjes/boeking/{token}");

    public void Held(AppDbContext db, PartyFacts f, string token) =>
        ToParent(db, f, "bevestig je reservering",
            [$"Je hebt een plek gereserveerd voor het kinderfeestje \"{f.Title}\" bij {f.Partner}: {f.When}, voor {f.Children} kinderen van {f.AgeFrom} tot {f.AgeTo} jaar.",
             $"We houden de plaatsen 30 minuten voor je vast, tot {BookingLabels.When(f.HeldUntil)}. Bevestig je reservering via de knop; daarna krijgt {f.Partner} je aanvraag.",
             "Heb je dit niet zelf gedaan? Dan hoef je niets te doen: zonder bevestiging vervalt de reservering vanzelf."],
            "Reservering bevestigen", ParentLink(token));

    public async Task ParentConfirmedAsync(AppDbContext db, PartyFacts f, string token, CancellationToken cancellationToken)
    {
        ToParent(db, f, "je aanvraag is verstuurd",
            [$"{f.Partner} heeft je aanvraag voor \"{f.Title}\" ({f.When}) ontvangen en laat je snel weten of het doorgaat.",
             "Kan het toch niet? Annuleer dan via de knop, dan komen de plaatsen vrij voor een ander."],
            "Aanvraag bekijken of annuleren", ParentLink(token));
        await ToPartnerAsync(db, f, "nieuwe aanvraag",
            [$"{f.ParentName} wil het kinderfeestje \"{f.Title}\" op {f.When} boeken voor {f.Children} kinderen van {f.AgeFrom} tot {f.AgeTo} jaar.",
             $"Telefoon: {f.Phone}. E-mail: {f.Email}.",
             "Bevestig of wijs de aanvraag af op je partnerpagina."],
            cancellationToken);
    }

    public void Answered(AppDbContext db, PartyFacts f, bool confirmed, string token) =>
        ToParent(db, f, confirmed ? "het feestje gaat door!" : "het feestje kan helaas niet doorgaan",
            confirmed
                ? [$"{f.Partner} heeft je kinderfeestje bevestigd: \"{f.Title}\", {f.When}.", $"Waar: {f.Place}, {f.Address}.",
                   .. Message(f), "Kan het toch niet? Annuleer dan via de knop."]
                : [$"{f.Partner} kan je kinderfeestje \"{f.Title}\" op {f.When} niet ontvangen.", .. Message(f),
                   "Kijk of er een ander feestje past."],
            confirmed ? "Feestje bekijken" : "Andere feestjes bekijken",
            confirmed ? ParentLink(token) : mail.Link("/techniek-is-een-feest/kinderfeestjes"));

    public async Task CancelledAsync(AppDbContext db, PartyFacts f, bool partnerKnew, CancellationToken cancellationToken)
    {
        ToParent(db, f, "geannuleerd",
            [$"Je reservering voor \"{f.Title}\" op {f.When} is geannuleerd. De plaatsen zijn weer vrij."],
            "Andere feestjes bekijken", mail.Link("/techniek-is-een-feest/kinderfeestjes"));
        if (partnerKnew)
        {
            await ToPartnerAsync(db, f, "geannuleerd door de ouder",
                [$"{f.ParentName} heeft het kinderfeestje \"{f.Title}\" op {f.When} ({f.Children} kinderen) geannuleerd. De plaatsen zijn weer vrij."],
                cancellationToken);
        }
    }

    private static string[] Message(PartyFacts f) => string.IsNullOrWhiteSpace(f.PartnerMessage) ? [] : [$"Bericht van {f.Partner}: {f.PartnerMessage}"];

    private void ToParent(AppDbContext db, PartyFacts f, string subject, string[] paragraphs, string button, string link) =>
        mail.Queue(db, f.Email!, f.ParentName!, new MailContent($"{SubjectPrefix}{f.Reference}: {subject}", $"Beste {f.ParentName},", paragraphs, button, link));

    private async Task ToPartnerAsync(AppDbContext db, PartyFacts f, string subject, string[] paragraphs, CancellationToken cancellationToken)
    {
        var editors = await db.PartnerEditors.AsNoTracking().Where(e => e.PartnerId == f.PartnerId && e.User!.EmailConfirmed)
            .Select(e => new { e.User!.Email, e.User.DisplayName }).ToListAsync(cancellationToken);
        foreach (var editor in editors)
        {
            mail.Queue(db, editor.Email!, editor.DisplayName, new MailContent($"{SubjectPrefix}{f.Reference}: {subject}",
                $"Beste {editor.DisplayName},", paragraphs, "Kinderfeestjes beheren", mail.Link("/partner/kinderfeestjes")));
        }
    }
}
