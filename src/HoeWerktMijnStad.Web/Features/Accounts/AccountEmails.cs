using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Infrastructure.Email;

namespace HoeWerktMijnStad.Web.Features.Accounts;

/// <summary>The mails about an account, in Dutch, each with the site's name and a link back.</summary>
public sealed class AccountEmails(SiteMail mail)
{
    public string Link(string pathAndQuery) => mail.Link(pathAndQuery);

    // the mails to an address nobody has confirmed yet carry no text the sender chose (not even a name): the site
    // must not become a way to put a stranger's words in anyone's mailbox

    public void QueueConfirmation(AppDbContext db, string to, string link) => Queue(db, to, "",
        "Bevestig je e-mailadres voor Hoe Werkt Mijn Stad",
        "Welkom bij Hoe Werkt Mijn Stad.",
        "Bevestig je e-mailadres met de knop hieronder. Daarna kun je bezoeken boeken voor je klas.",
        "E-mailadres bevestigen", link);

    public void QueueRegistrationAttempt(AppDbContext db, string to, string name, string resetLink) => Queue(db, to, name,
        "Iemand probeerde een account te maken met jouw adres",
        $"Hallo {name},",
        "Zojuist probeerde iemand op Hoe Werkt Mijn Stad een nieuw account te maken met dit e-mailadres. Je hebt al een account, dus er is niets veranderd. Was jij het? Log dan gewoon in; ben je je wachtwoord kwijt, kies dan hieronder een nieuw. Was jij het niet? Dan kun je deze mail negeren.",
        "Nieuw wachtwoord kiezen", resetLink);

    public void QueueAddressChanged(AppDbContext db, string oldAddress, string name, string newAddress, string accountLink) => Queue(db, oldAddress, name,
        "Het e-mailadres van je account is veranderd",
        $"Hallo {name},",
        $"Het e-mailadres van je account bij Hoe Werkt Mijn Stad is zojuist veranderd in {newAddress}. Vanaf nu log je daarmee in. Deed jij dit niet? Neem dan meteen contact op met de programmaleider van Hoe Werkt Mijn Stad.",
        "Naar je account", accountLink);

    public void QueuePasswordReset(AppDbContext db, string to, string name, string link) => Queue(db, to, name,
        "Nieuw wachtwoord voor Hoe Werkt Mijn Stad",
        $"Hallo {name},",
        "Je vroeg om een nieuw wachtwoord. De link hieronder werkt één keer en een uur lang. Vroeg je dit niet? Dan kun je deze mail negeren.",
        "Nieuw wachtwoord kiezen", link);

    public void QueueInvitation(AppDbContext db, string to, string name, string partner, string link) => Queue(db, to, name,
        $"Uitnodiging: beheer de pagina van {partner} op Hoe Werkt Mijn Stad",
        $"Hallo {name},",
        $"De programmaleider van Hoe Werkt Mijn Stad nodigt je uit om de pagina van {partner} bij te houden: de tekst, locaties, werkplekken en activiteiten voor scholen. Neem de uitnodiging aan met de knop hieronder: je logt in of maakt een account met dit adres. De link werkt zeven dagen.",
        "Uitnodiging bekijken", link);

    public void QueueEmailChange(AppDbContext db, string to, string link) => Queue(db, to, "",
        "Bevestig je nieuwe e-mailadres voor Hoe Werkt Mijn Stad",
        "Hallo,",
        "Iemand wil dit adres gebruiken voor een account bij Hoe Werkt Mijn Stad. Was jij het? Bevestig het met de knop hieronder; tot dan blijft het oude adres in gebruik. Was jij het niet? Dan kun je deze mail negeren.",
        "Nieuw adres bevestigen", link);

    private void Queue(AppDbContext db, string to, string name, string subject, string greeting, string text, string button, string link) =>
        mail.Queue(db, to, name, new MailContent(subject, greeting, [text], button, link));
}
