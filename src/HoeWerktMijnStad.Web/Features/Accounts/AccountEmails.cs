using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Infrastructure.Email;

namespace HoeWerktMijnStad.Web.Features.Accounts;

/// <summary>The mails about an account, in Dutch, each with the site's name and a link back.</summary>
public sealed class AccountEmails(SiteMail mail)
{
    public string Link(string pathAndQuery) => mail.Link(pathAndQuery);

    public void QueueConfirmation(AppDbContext db, string to, string name, string link) => Queue(db, to, name,
        "Bevestig je e-mailadres voor Hoe Werkt Mijn Stad",
        $"Welkom bij Hoe Werkt Mijn Stad, {name}.",
        "Bevestig je e-mailadres met de knop hieronder. Daarna kun je bezoeken boeken voor je klas.",
        "E-mailadres bevestigen", link);

    public void QueuePasswordReset(AppDbContext db, string to, string name, string link) => Queue(db, to, name,
        "Nieuw wachtwoord voor Hoe Werkt Mijn Stad",
        $"Hallo {name},",
        "Je vroeg om een nieuw wachtwoord. De link hieronder werkt één keer en een uur lang. Vroeg je dit niet? Dan kun je deze mail negeren.",
        "Nieuw wachtwoord kiezen", link);

    public void QueueInvitation(AppDbContext db, string to, string name, string partner, string link) => Queue(db, to, name,
        $"Uitnodiging: beheer de pagina van {partner} op Hoe Werkt Mijn Stad",
        $"Hallo {name},",
        $"De programmaleider van Hoe Werkt Mijn Stad nodigt je uit om de pagina van {partner} bij te houden: de tekst, locaties, werkplekken en activiteiten voor scholen. Kies met de knop hieronder je wachtwoord; de link werkt zeven dagen.",
        "Wachtwoord kiezen", link);

    public void QueueEmailChange(AppDbContext db, string to, string name, string link) => Queue(db, to, name,
        "Bevestig je nieuwe e-mailadres voor Hoe Werkt Mijn Stad",
        $"Hallo {name},",
        "Je wilt dit adres gebruiken voor je account bij Hoe Werkt Mijn Stad. Bevestig het met de knop hieronder; tot dan blijft je oude adres in gebruik.",
        "Nieuw adres bevestigen", link);

    private void Queue(AppDbContext db, string to, string name, string subject, string greeting, string text, string button, string link) =>
        mail.Queue(db, to, name, new MailContent(subject, greeting, [text], button, link));
}
