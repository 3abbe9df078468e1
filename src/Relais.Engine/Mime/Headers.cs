using System.Text.RegularExpressions;
using MimeKit;

namespace Relais.Engine.Mime;

/// <summary>The few headers the pipeline exposes, read leniently.</summary>
internal static partial class Headers
{
    public static string? Subject(MimeMessage message)
    {
        var subject = message.Subject;
        return string.IsNullOrWhiteSpace(subject) ? null : subject.Trim();
    }

    /// <summary>The Message-ID with its angle brackets; a malformed one is kept as written.</summary>
    public static string? MessageId(MimeMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.MessageId))
        {
            return "<" + message.MessageId + ">";
        }

        var raw = message.Headers[HeaderId.MessageId]?.Trim();
        return string.IsNullOrEmpty(raw) ? null : raw;
    }

    /// <summary>
    /// The first From mailbox: address lower-cased, display name as written (decoded, trimmed; odd names such as
    /// <c>"Cook  Diane H." &lt;Diane.H.Cook@ENRON.com&gt;</c> are kept for the signature stage to normalise).
    /// </summary>
    public static Sender? From(MimeMessage message)
    {
        var mailbox = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        if (mailbox is not null && !string.IsNullOrWhiteSpace(mailbox.Address))
        {
            return new Sender(mailbox.Address.Trim().ToLowerInvariant(), Name(mailbox.Name));
        }

        var raw = message.Headers[HeaderId.From];
        return string.IsNullOrWhiteSpace(raw) ? null : FromRaw(raw);
    }

    // "Jean Dupont jean@acme.fr" and other forms MimeKit's address parser refuses.
    internal static Sender? FromRaw(string raw)
    {
        var match = EmailPattern().Match(raw);
        if (!match.Success)
        {
            return null;
        }

        var name = (raw[..match.Index] + " " + raw[(match.Index + match.Length)..]).Trim(' ', '\t', '"', '<', '>', '(', ')', ',');
        return new Sender(match.Value.ToLowerInvariant(), Name(name));
    }

    private static string? Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = name.Trim();
        return name.Length > 200 ? name[..200] : name;
    }

    [GeneratedRegex(@"[\w.+'&-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
