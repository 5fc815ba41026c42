using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HoeWerktMijnStad.Web.Infrastructure.Email;

/// <summary>Sends the mails that are due, each on its own. Rows are locked while they are sent (FOR UPDATE SKIP LOCKED),
/// so two senders, on one node or several, never send the same mail. A mail the server refuses for good (5xx) is
/// undeliverable at once; one it refuses for now (4xx, or no connection) waits 1, 2, 4 ... minutes (at most an hour)
/// and is given up <see cref="GiveUpAfter"/> after it was queued. Either way the other mails keep going.</summary>
public sealed class OutboxSender(
    IDbContextFactory<AppDbContext> dbFactory,
    IMailTransport transport,
    TimeProvider clock,
    IOptions<SmtpOptions> options,
    ILogger<OutboxSender> logger)
{
    private const int BatchSize = 20;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    /// <summary>How long a mail is tried before it is given up: a day covers a mail server's maintenance night
    /// and is still in time for most of what the site mails about.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(24);

    /// <summary>Sends everything that is due now; returns how many mails went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            // every mail taken leaves the due set (sent, undeliverable, or due again later), so this ends
            var (taken, sent, serverDown) = await SendBatchAsync(cancellationToken);
            total += sent;
            if (taken == 0 || serverDown)
            {
                return total;
            }
        }
    }

    private async Task<(int Taken, int Sent, bool ServerDown)> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.OutboxEmails
            .FromSql($"SELECT * FROM outbox_emails WHERE sent_at IS NULL AND undeliverable_at IS NULL AND next_attempt_at <= {now} ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return (0, 0, false);
        }

        // MimeMessage compares by reference: each key is the very message handed to the transport
        var messages = due.Select(ToMime).ToList();
        var byMessage = messages.Zip(due).ToDictionary(p => p.First, p => p.Second);
        var reported = new HashSet<OutboxEmail>();
        var serverDown = false;
        try
        {
            await transport.SendAsync(messages, (message, refusal) =>
            {
                var mail = byMessage[message];
                reported.Add(mail);
                if (refusal is null)
                {
                    mail.SentAt = clock.GetUtcNow();
                }
                else
                {
                    Failed(mail, refusal);
                }
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // no connection: each mail the server was not asked about yet counts one attempt, and this round stops
            serverDown = true;
            foreach (var mail in due.Where(m => !reported.Contains(m)))
            {
                Failed(mail, new MailRefusal(false, e.Message));
            }

            logger.LogWarning(e, "The mail server could not be reached; {Count} mails wait for the next attempt.", due.Count - reported.Count);
        }

        // the rows stay locked until this commit, so no other sender picks up what this one sent
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return (due.Count, due.Count(m => m.SentAt is not null), serverDown);
    }

    private void Failed(OutboxEmail mail, MailRefusal refusal)
    {
        var now = clock.GetUtcNow();
        var giveUpAt = mail.CreatedAt + GiveUpAfter;
        mail.Attempts++;
        mail.LastError = refusal.Reason.Length > 2_000 ? refusal.Reason[..2_000] : refusal.Reason;
        if (refusal.Permanent || now >= giveUpAt)
        {
            mail.UndeliverableAt = now;
            logger.LogWarning("Outbox mail {Id} is undeliverable after {Attempts} attempts: {Reason}", mail.Id, mail.Attempts, mail.LastError);
            return;
        }

        // the last try falls on the deadline itself, so a server that is back by then still gets the mail
        var next = now + Delay(mail.Attempts);
        mail.NextAttemptAt = next < giveUpAt ? next : giveUpAt;
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
