using System.Net;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Infrastructure;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Features.Accounts;

/// <summary>The mails about an account, in Dutch, each with the site's name and a link back.</summary>
public sealed class AccountEmails(IOptions<SiteOptions> site, TimeProvider clock)
{
    public string Link(string pathAndQuery) => site.Value.BaseUrl.TrimEnd('/') + pathAndQuery;

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

    private void Queue(AppDbContext db, string to, string name, string subject, string greeting, string text, string button, string link)
    {
        var plain = $"{greeting}\n\n{text}\n\n{button}: {link}\n\n-- \nHoe Werkt Mijn Stad, de stad als leslokaal\n{Link("/")}\n";
        var html = $"""
            <div style="font-family:Arial,sans-serif;max-width:560px">
              <p style="font-size:18px;font-weight:bold;color:#0b5cad">Hoe Werkt Mijn Stad</p>
              <p>{E(greeting)}</p>
              <p>{E(text)}</p>
              <p><a href="{E(link)}" style="background:#0b5cad;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">{E(button)}</a></p>
              <p style="font-size:12px;color:#555">Werkt de knop niet? Kopieer dan deze link: {E(link)}</p>
              <p style="font-size:12px;color:#555">Hoe Werkt Mijn Stad, de stad als leslokaal · <a href="{E(Link("/"))}">{E(Link("/"))}</a></p>
            </div>
            """;
        db.QueueEmail(new EmailMessage(to, name, subject, plain, html), clock.GetUtcNow());

        static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
