using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Relais.Server.Features.Emails;

/// <summary>
/// The headers and bodies ingestion stores, read with MimeKit. A message MimeKit cannot parse is
/// still stored (raw bytes, no headers) and left to the engine, which reports what it could read.
/// </summary>
internal sealed record MessageFacts(
    string? MessageId,
    string? ThreadId,
    string? Subject,
    string? FromEmail,
    string? FromName,
    List<string> To,
    List<string> Cc,
    DateTimeOffset? SentAt,
    string? TextBody,
    string? HtmlBody,
    string ContentHash)
{
    private const int MaxHeader = 998;

    public static MessageFacts Read(byte[] raw)
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException)
        {
            return new MessageFacts(null, null, null, null, null, [], [], null, null, null, HashOf(raw));
        }

        using (message)
        {
            var from = message.From.Mailboxes.FirstOrDefault();
            var messageId = string.IsNullOrWhiteSpace(message.MessageId) ? null : Clip("<" + message.MessageId + ">");
            var root = message.References.FirstOrDefault() ?? message.InReplyTo ?? message.MessageId;
            var sent = message.Headers.Contains(HeaderId.Date) ? message.Date.ToUniversalTime() : (DateTimeOffset?)null;
            var text = message.TextBody;
            var html = message.HtmlBody;
            return new MessageFacts(
                messageId,
                string.IsNullOrWhiteSpace(root) ? null : Clip("<" + root + ">"),
                Clip(message.Subject, 1000),
                Address(from),
                string.IsNullOrWhiteSpace(from?.Name) ? null : Clip(from.Name, 300),
                [.. message.To.Mailboxes.Select(Address).OfType<string>()],
                [.. message.Cc.Mailboxes.Select(Address).OfType<string>()],
                sent,
                text,
                html,
                HashOf(Address(from), sent, message.Subject, text ?? html ?? string.Empty));
        }
    }

    private static string? Address(MailboxAddress? mailbox) =>
        mailbox?.Address is { Length: > 0 and <= 320 } address ? address.Trim().ToLowerInvariant() : null;

    private static string? Clip(string? value, int max = MaxHeader) =>
        value is null ? null : value.Length <= max ? value : value[..max];

    // The same message read from IMAP, an .eml file or an upload differs in line endings and in
    // headers servers add, so the hash covers what the sender wrote, not the bytes.
    private static string HashOf(string? from, DateTimeOffset? sent, string? subject, string body)
    {
        var normalized = string.Join('\u0000',
            from ?? string.Empty,
            sent?.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            subject?.Trim() ?? string.Empty,
            string.Join('\n', body.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    private static string HashOf(byte[] raw) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(raw).ReplaceLineEndings("\n"))));
}
