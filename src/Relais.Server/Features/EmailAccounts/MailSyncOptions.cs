namespace Relais.Server.Features.EmailAccounts;

/// <summary>How mailboxes are read (section <c>Relais:MailSync</c>).</summary>
public sealed class MailSyncOptions
{
    public const string Section = "Relais:MailSync";

    /// <summary>Run the periodic sync of every team's active mailboxes (servers may leave it to one of them).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often every active mailbox is synced.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages downloaded and stored together; the sync resumes after the last batch stored.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long to wait for the mail server (connect, each command).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
