using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Infrastructure.Email;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>Smtp:* (environment: Smtp__Host, Smtp__Port, Smtp__User, Smtp__Password, ...).</summary>
public sealed class SmtpOptions
{
    [Required(ErrorMessage = "Smtp:Host is not set (environment: Smtp__Host).")]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public string? User { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "noreply@hoewerktmijnstad.nl";

    public string FromName { get; set; } = "Hoe Werkt Mijn Stad";

    /// <summary>How often the outbox is checked even when nothing new was queued (retries, other nodes).</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;
}
