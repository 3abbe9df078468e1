using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Relais.Server.Logging;

/// <summary>
/// Removes personal data from log text: email addresses, phone numbers (also URL-encoded, as in a
/// logged query string), and the whole value of parameters named like a body, address or phone.
/// Over-redacting a long number is accepted; leaking a phone number is not.
/// </summary>
internal static partial class LogRedactor
{
    public const string Redacted = "[redacted]";

    private static readonly FrozenSet<string> SensitiveNames = new[]
    {
        "body", "textbody", "htmlbody", "text", "html", "content", "signature", "message", "password",
        "email", "fromemail", "to", "cc", "phone", "mobile", "fax",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsSensitiveName(string name) => SensitiveNames.Contains(name.Replace("_", string.Empty, StringComparison.Ordinal));

    public static string Redact(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        text = Email().Replace(text, "[email]");
        return Phone().Replace(text, match => DigitCount(match.ValueSpan) is >= 9 and <= 15 ? "[phone]" : match.Value);
    }

    private static int DigitCount(ReadOnlySpan<char> text)
    {
        // "%20" and "%2B" hold digits that are not part of the number.
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%')
            {
                i += 2;
            }
            else if (char.IsAsciiDigit(text[i]))
            {
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+(?:@|%40)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Digits with the separators people write in phone numbers; not inside a word or a GUID.
    [GeneratedRegex(@"(?<![\w\-])(?:\+|%2B)?\(?\d(?:(?:[ .\-/()]|%20|%2B){0,2}\d){6,}(?![\w\-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Phone();
}
