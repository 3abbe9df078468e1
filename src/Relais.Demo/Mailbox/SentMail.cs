using MimeKit;

namespace Relais.Demo.Mailbox;

/// <summary>What later messages of a thread need from an earlier one: to quote it and to reference it.</summary>
internal sealed record SentMail(
    MailboxAddress From,
    IReadOnlyList<MailboxAddress> To,
    IReadOnlyList<MailboxAddress> Cc,
    DateTimeOffset Date,
    string Subject,
    string MessageId,
    IReadOnlyList<string> References,
    string Text,
    string HtmlFragment);
