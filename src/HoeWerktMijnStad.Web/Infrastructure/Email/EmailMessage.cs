using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Email;

namespace HoeWerktMijnStad.Web.Infrastructure.Email;

/// <summary>A mail to queue: plain text and HTML bodies in Dutch.</summary>
public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string TextBody, string? HtmlBody = null, CalendarAttachment? Calendar = null);

public static class Outbox
{
    /// <summary>Queues a mail in the same unit of work as the change that causes it: it is stored only if
    /// that change is, and sent after the commit.</summary>
    public static void QueueEmail(this AppDbContext db, EmailMessage message, DateTimeOffset now) =>
        db.OutboxEmails.Add(new OutboxEmail
        {
            ToAddress = message.ToAddress,
            ToName = message.ToName,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            Calendar = message.Calendar?.Content,
            CalendarMethod = message.Calendar?.Method,
            CreatedAt = now,
            NextAttemptAt = now,
        });
}
