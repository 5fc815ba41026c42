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
public sealed class SiteMail(IOptions<SiteOptions> site, TimeProvider clock)
{
    public string Link(string pathAndQuery) => site.Value.BaseUrl.TrimEnd('/') + pathAndQuery;

    public void Queue(AppDbContext db, string to, string name, MailContent mail, CalendarAttachment? calendar = null)
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
        db.QueueEmail(new EmailMessage(to, name, mail.Subject, plain, html, calendar), clock.GetUtcNow());

        static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
