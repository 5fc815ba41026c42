using System.Net;
using HoeWerktMijnStad.Data;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Infrastructure.Email;

/// <summary>What a mail says: a greeting, paragraphs, an optional list (for example open checklist items), and
/// one button to the page it is about.</summary>
public sealed record MailContent(string Subject, string Greeting, IReadOnlyList<string> Paragraphs, string Button, string Link)
{
    public IReadOnlyList<string> List { get; init; } = [];

    public string? ListHeading { get; init; }
}

/// <summary>An iCalendar invitation sent with a mail.</summary>
public sealed record CalendarAttachment(string Method, string Content);

/// <summary>The one layout of the site's mails (plain text and HTML, in Dutch, with the site's name and a link
/// back), queued in the outbox in the caller's unit of work.</summary>
public sealed class SiteMail(IOptions<SiteOptions> site, TimeProvider clock, OutboxSignal signal)
{
    public string Link(string pathAndQuery) => site.Value.BaseUrl.TrimEnd('/') + pathAndQuery;

    public void Queue(AppDbContext db, string to, string name, MailContent mail, CalendarAttachment? calendar = null, int? bookingId = null) =>
        db.QueueEmail(Compose(to, name, mail, calendar) with { BookingId = bookingId }, clock.GetUtcNow());

    /// <summary>Queues many mails at once (a month close's thousands): composed here as <see cref="Queue"/> does, then
    /// written in one INSERT inside the caller's transaction instead of one tracked entity each, and the outbox
    /// worker is woken when that transaction commits. Without a transaction on the context the mails
    /// are queued one by one as tracked entities, so they are still saved only with the caller's changes.</summary>
    public async Task QueueAllAsync(AppDbContext db, IEnumerable<(string To, string Name, MailContent Mail)> mails, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            foreach (var (to, name, mail) in mails)
            {
                Queue(db, to, name, mail);
            }

            return;
        }

        var messages = mails.Select(m => Compose(m.To, m.Name, m.Mail)).ToList();
        if (messages.Count > 0)
        {
            await db.QueueEmailsAsync(messages, clock.GetUtcNow(), cancellationToken);
            signal.Queued(db);
        }
    }

    /// <summary>The plain-text and HTML bodies of a mail in the site's one layout.</summary>
    public EmailMessage Compose(string to, string name, MailContent mail, CalendarAttachment? calendar = null)
    {
        var home = Link("/");
        var list = mail.List.Count == 0 ? "" : $"{mail.ListHeading}\n{string.Join("\n", mail.List.Select(l => $"- {l}"))}\n\n";
        var plain = $"{mail.Greeting}\n\n{string.Join("\n\n", mail.Paragraphs)}\n\n{list}{mail.Button}: {mail.Link}\n\n-- \nHoe Werkt Mijn Stad, de stad als leslokaal\n{home}\n";
        var htmlList = mail.List.Count == 0 ? "" :
            $"<p><strong>{E(mail.ListHeading ?? "")}</strong></p><ul>{string.Concat(mail.List.Select(l => $"<li>{E(l)}</li>"))}</ul>";
        var html = $"""
            <div style="font-family:Arial,sans-serif;max-width:560px">
              <p style="font-size:18px;font-weight:bold;color:#0b5cad">Hoe Werkt Mijn Stad</p>
              <p>{E(mail.Greeting)}</p>
              {string.Concat(mail.Paragraphs.Select(p => $"<p>{E(p)}</p>"))}
              {htmlList}
              <p><a href="{E(mail.Link)}" style="background:#0b5cad;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">{E(mail.Button)}</a></p>
              <p style="font-size:12px;color:#555">Werkt de knop niet? Kopieer dan deze link: {E(mail.Link)}</p>
              <p style="font-size:12px;color:#555">Hoe Werkt Mijn Stad, de stad als leslokaal · <a href="{E(home)}">{E(home)}</a></p>
            </div>
            """;
        return new EmailMessage(to, name, mail.Subject, plain, html, calendar);

        static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
