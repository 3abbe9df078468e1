using MimeKit;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>Everything needed to write one human message as MIME.</summary>
internal sealed record Draft
{
    public required MailboxAddress From { get; init; }
    public required IReadOnlyList<MailboxAddress> To { get; init; }
    public IReadOnlyList<MailboxAddress> Cc { get; init; } = [];
    public required string Subject { get; init; }

    /// <summary>In the sender's local offset, as the Date header shows it.</summary>
    public required DateTimeOffset Date { get; init; }
    public required MailClient Client { get; init; }
    public required BodyFormat Format { get; init; }
    public required MailBody Body { get; init; }
    public required bool Fr { get; init; }
    public SentMail? InReplyTo { get; init; }
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>Sent from a phone: X-Mailer says so.</summary>
    public bool Mobile { get; init; }
}

internal enum BodyFormat
{
    Plain,
    Alternative,
    HtmlOnly,
}
