using MailKit.Security;

namespace Relais.Server.Features.Outbox;

/// <summary>The SMTP server Relais sends its mail through (section <c>Relais:Smtp</c>); no host: nothing is sent, the outbox keeps it.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Relais:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary><c>Auto</c> (STARTTLS when offered), <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c> (a relay on the same machine).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? Username { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender when the team names none (<c>auto_reply_from</c>).</summary>
    public string From { get; set; } = "Relais <relais@localhost>";

    /// <summary>How often the outbox job looks for mail to send.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before a message is given up; each wait after a failure is five times the last.</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
