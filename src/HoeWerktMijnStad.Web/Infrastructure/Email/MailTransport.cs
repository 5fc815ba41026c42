using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HoeWerktMijnStad.Web.Infrastructure.Email;

/// <summary>The seam to the outside world's mail server.</summary>
public interface IMailTransport
{
    Task SendAsync(IReadOnlyList<MimeMessage> messages, Action<MimeMessage> sent, CancellationToken cancellationToken);
}

/// <summary>MailKit over SMTP: one connection for a batch.</summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options) : IMailTransport
{
    public async Task SendAsync(IReadOnlyList<MimeMessage> messages, Action<MimeMessage> sent, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var client = new SmtpClient { Timeout = 15_000 };
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

        foreach (var message in messages)
        {
            await client.SendAsync(message, cancellationToken);
            sent(message);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
