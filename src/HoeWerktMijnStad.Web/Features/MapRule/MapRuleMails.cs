using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>The rule's mails to partner editors: the mid-month warning, the removal, the return. The editors of
/// all partners concerned are read in one query, and their mails written in one INSERT (a month close queues
/// thousands; one tracked entity each cost more than the close's own statement, bench/README.md).</summary>
public sealed class MapRuleMails(SiteMail mail)
{
    public const int DefaultWarningDay = 15;

    public Task WarnedAsync(AppDbContext db, MapMonth month, IReadOnlyList<RulePartner> partners, CancellationToken cancellationToken) =>
        ToEditorsAsync(db, partners, partner => new MailContent(
            $"{partner.Name}: nog geen schoolbezoek in {month.Name}",
            "Hallo {0},",
            [
                $"{partner.Name} heeft in {month.Name} nog geen bevestigd of uitgevoerd schoolbezoek.",
                "De regel van Hoe Werkt Mijn Stad: partners staan op de kaart zolang ze elke maand minstens één schoolbezoek ontvangen.",
                $"Komt er deze maand geen bezoek, dan gaat {partner.Name} op {Components.Shared.Dates.Day(month.First.AddMonths(1))} van de kaart. Zet tijden open waarop scholen kunnen komen, of beantwoord openstaande aanvragen.",
            ],
            "Tijden toevoegen", mail.Link($"/partner/aanbod?partner={partner.Slug}")), cancellationToken);

    public Task RemovedAsync(AppDbContext db, MapMonth month, IReadOnlyList<RulePartner> partners, CancellationToken cancellationToken) =>
        ToEditorsAsync(db, partners, partner => new MailContent(
            $"{partner.Name} staat niet meer op de kaart",
            "Hallo {0},",
            [
                $"{partner.Name} heeft in {month.Name} geen schoolbezoek ontvangen en staat daarom niet meer op de kaart van Hoe Werkt Mijn Stad.",
                "Je pagina blijft bereikbaar via de link, en scholen kunnen je activiteiten daar nog steeds boeken. Zodra een schoolbezoek is uitgevoerd, sta je meteen weer op de kaart.",
            ],
            "Naar je dashboard", mail.Link("/partner")), cancellationToken);

    public Task CloseUndoneAsync(AppDbContext db, MapMonth month, IReadOnlyList<RulePartner> partners, CancellationToken cancellationToken) =>
        ToEditorsAsync(db, partners, partner => new MailContent(
            $"{partner.Name} staat weer op de kaart",
            "Hallo {0},",
            [
                $"De programmaleider heeft de afsluiting van {month.Name} ongedaan gemaakt. Daarmee staat {partner.Name} weer op de kaart van Hoe Werkt Mijn Stad.",
                "Je hoeft niets te doen. Excuses voor het eerdere bericht dat je van de kaart ging.",
            ],
            "Naar je dashboard", mail.Link("/partner")), cancellationToken);

    public Task BackAsync(AppDbContext db, RulePartner partner, CancellationToken cancellationToken) =>
        ToEditorsAsync(db, [partner], p => new MailContent(
            $"{p.Name} staat weer op de kaart",
            "Hallo {0},",
            [$"Er is een schoolbezoek bij {p.Name} uitgevoerd. Daarmee staat {p.Name} weer op de kaart van Hoe Werkt Mijn Stad. Bedankt!"],
            "Bekijk je pagina", mail.Link($"/partners/{p.Slug}")), cancellationToken);

    private async Task ToEditorsAsync(AppDbContext db, IReadOnlyList<RulePartner> partners, Func<RulePartner, MailContent> content, CancellationToken cancellationToken)
    {
        if (partners.Count == 0)
        {
            return;
        }

        var ids = partners.Select(p => p.Id).ToList();
        var editors = await db.PartnerEditors.AsNoTracking().Where(e => ids.Contains(e.PartnerId) && e.User!.EmailConfirmed)
            .Select(e => new { e.PartnerId, e.User!.Email, e.User.DisplayName }).ToListAsync(cancellationToken);
        var byId = partners.ToDictionary(p => p.Id);
        await mail.QueueAllAsync(db, editors.Select(editor =>
        {
            var message = content(byId[editor.PartnerId]);
            return (editor.Email!, editor.DisplayName, message with { Greeting = string.Format(System.Globalization.CultureInfo.InvariantCulture, message.Greeting, editor.DisplayName) });
        }), cancellationToken);
    }
}
