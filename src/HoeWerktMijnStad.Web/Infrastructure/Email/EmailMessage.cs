using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Email;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HoeWerktMijnStad.Web.Infrastructure.Email;

/// <summary>A mail to queue: plain text and HTML bodies in Dutch; <see cref="BookingId"/> for a mail about a booking,
/// whose page then shows it if it bounces.</summary>
public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string TextBody, string? HtmlBody = null, CalendarAttachment? Calendar = null)
{
    public int? BookingId { get; init; }
}

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
            BookingId = message.BookingId,
        });

    /// <summary>Queues many mails in one INSERT of the same columns <see cref="QueueEmail"/> fills, in the context's
    /// current transaction (the caller's unit of work): no tracked entity per mail.</summary>
    public static Task<int> QueueEmailsAsync(this AppDbContext db, IReadOnlyList<EmailMessage> messages, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("""
            INSERT INTO outbox_emails (message_id, to_address, to_name, subject, text_body, html_body, calendar, calendar_method, created_at, next_attempt_at, attempts)
            SELECT m.message_id, m.to_address, m.to_name, m.subject, m.text_body, m.html_body, m.calendar, m.calendar_method, @now, @now, 0
            FROM unnest(@message_ids, @to_addresses, @to_names, @subjects, @text_bodies, @html_bodies, @calendars, @calendar_methods)
                 AS m(message_id, to_address, to_name, subject, text_body, html_body, calendar, calendar_method)
            """,
            [
                new NpgsqlParameter("message_ids", messages.Select(_ => Guid.NewGuid()).ToArray()),
                new NpgsqlParameter("to_addresses", messages.Select(m => m.ToAddress).ToArray()),
                new NpgsqlParameter("to_names", messages.Select(m => m.ToName).ToArray()),
                new NpgsqlParameter("subjects", messages.Select(m => m.Subject).ToArray()),
                new NpgsqlParameter("text_bodies", messages.Select(m => m.TextBody).ToArray()),
                new NpgsqlParameter("html_bodies", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = messages.Select(m => m.HtmlBody).ToArray() },
                new NpgsqlParameter("calendars", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = messages.Select(m => m.Calendar?.Content).ToArray() },
                new NpgsqlParameter("calendar_methods", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = messages.Select(m => m.Calendar?.Method).ToArray() },
                new NpgsqlParameter("now", now),
            ],
            cancellationToken);
}
