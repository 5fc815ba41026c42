using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HoeWerktMijnStad.Web.Infrastructure.Email;

/// <summary>Why the mail server did not take one message. <see cref="Permanent"/>: it never will (a 5xx refusal
/// of the recipient or the message), so trying again is pointless.</summary>
public sealed record MailRefusal(bool Permanent, string Reason);

/// <summary>The seam to the outside world's mail server.</summary>
public interface IMailTransport
{
    /// <summary>Sends each message on its own and reports its outcome (null: accepted) as soon as it is known, so one
    /// refused recipient holds up no other mail. Throws when the server cannot be reached at all; the messages not
    /// reported by then were not tried.</summary>
    Task SendAsync(IReadOnlyList<MimeMessage> messages, Action<MimeMessage, MailRefusal?> reported, CancellationToken cancellationToken);
}

/// <summary>MailKit over SMTP: one connection for a batch, opened again if the server drops it mid-batch.</summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options) : IMailTransport
{
    public async Task SendAsync(IReadOnlyList<MimeMessage> messages, Action<MimeMessage, MailRefusal?> reported, CancellationToken cancellationToken)
    {
        SmtpClient? client = null;
        try
        {
            foreach (var message in messages)
            {
                client ??= await ConnectAsync(cancellationToken);
                try
                {
                    await client.SendAsync(message, cancellationToken);
                    reported(message, null);
                }
                catch (SmtpCommandException e)
                {
                    reported(message, new MailRefusal(IsPermanent(e), $"{(int)e.StatusCode} {e.Message}"));
                }
                catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException)
                {
                    // the connection broke while this message was under way: it counts as a temporary failure
                    reported(message, new MailRefusal(false, e.Message));
                }

                if (!client.IsConnected)
                {
                    client.Dispose();
                    client = null;
                }
            }

            if (client is not null)
            {
                await client.DisconnectAsync(quit: true, cancellationToken);
            }
        }
        finally
        {
            client?.Dispose();
        }
    }

    /// <summary>A 5xx refusal of the recipient or of the message itself is final for that mail. A 5xx for the sender
    /// (MAIL FROM) or any other command says our own set-up is wrong, which is true for every mail and worth fixing
    /// rather than giving each mail up for: those are retried like a 4xx.</summary>
    public static bool IsPermanent(SmtpCommandException e) =>
        (int)e.StatusCode is >= 500 and < 600 && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted;

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var client = new SmtpClient { Timeout = 15_000 };
        try
        {
            var security = smtp.Security switch
            {
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.None,
            };
            await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
