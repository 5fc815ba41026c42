using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HoeWerktMijnStad.Web.Infrastructure.Email;

/// <summary>Sends the mails that are due. Rows are locked while they are sent (FOR UPDATE SKIP LOCKED), so
/// two senders, on one node or several, never send the same mail; a failed batch waits with a growing delay.</summary>
public sealed class OutboxSender(
    IDbContextFactory<AppDbContext> dbFactory,
    IMailTransport transport,
    TimeProvider clock,
    IOptions<SmtpOptions> options,
    ILogger<OutboxSender> logger)
{
    private const int BatchSize = 20;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    /// <summary>Sends everything that is due now; returns how many mails went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var (sent, failed) = await SendBatchAsync(cancellationToken);
            total += sent;
            if (sent == 0 || failed > 0)
            {
                return total;
            }
        }
    }

    private async Task<(int Sent, int Failed)> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.OutboxEmails
            .FromSql($"SELECT * FROM outbox_emails WHERE sent_at IS NULL AND next_attempt_at <= {now} ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return (0, 0);
        }

        var byMessage = due.ToDictionary(m => m.MessageId.ToString("N"), m => m);
        try
        {
            await transport.SendAsync(due.Select(ToMime).ToList(), message => byMessage[message.MessageId!.Split('@')[0]].SentAt = clock.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var mail in due.Where(m => m.SentAt is null))
            {
                mail.Attempts++;
                mail.LastError = e.Message.Length > 2_000 ? e.Message[..2_000] : e.Message;
                mail.NextAttemptAt = now + Delay(mail.Attempts);
            }

            logger.LogWarning(e, "The mail server did not take {Count} mails; they wait for the next attempt.", due.Count(m => m.SentAt is null));
        }

        // the rows stay locked until this commit, so no other sender picks up what this one sent
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return (due.Count(m => m.SentAt is not null), due.Count(m => m.SentAt is null));
    }

    private static TextPart CalendarPart(OutboxEmail mail, bool attachment)
    {
        var part = new TextPart("calendar") { Text = mail.Calendar! };
        part.ContentType.Charset = "utf-8";
        part.ContentType.Parameters.Add("method", mail.CalendarMethod!);
        if (attachment)
        {
            part.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment);
            part.FileName = mail.CalendarMethod == "CANCEL" ? "afzegging.ics" : "uitnodiging.ics";
            part.ContentTransferEncoding = ContentEncoding.Base64;
        }

        return part;
    }

    /// <summary>1, 2, 4, 8 ... minutes, at most an hour.</summary>
    public static TimeSpan Delay(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Min(attempts - 1, 10)), MaxDelay.TotalMinutes));

    private MimeMessage ToMime(OutboxEmail mail)
    {
        var smtp = options.Value;
        var message = new MimeMessage { Subject = mail.Subject, MessageId = $"{mail.MessageId:N}@hoewerktmijnstad.nl" };
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        if (mail.Calendar is null)
        {
            message.Body = body.ToMessageBody();
        }
        else
        {
            // iMIP (RFC 6047): the invitation as a text/calendar alternative, which Outlook and Gmail act on, and
            // as an .ics attachment for every other program
            var alternative = new MultipartAlternative { new TextPart("plain") { Text = mail.TextBody } };
            if (mail.HtmlBody is not null)
            {
                alternative.Add(new TextPart("html") { Text = mail.HtmlBody });
            }

            alternative.Add(CalendarPart(mail, attachment: false));
            message.Body = new Multipart("mixed") { alternative, CalendarPart(mail, attachment: true) };
        }

        return message;
    }
}
