using System.Text;
using System.Text.Unicode;
using MimeKit;
using MimeKit.Text;

namespace Relais.Engine.Mime;

/// <summary>The message body chosen for analysis, decoded to text.</summary>
internal readonly record struct BodyText(string Text, bool IsHtml, string? Error)
{
    /// <summary>Bodies are cut here: no human message is longer, and the work stays bounded on 20 MB inputs.</summary>
    public const int MaxBytes = 1 << 20;

    public static readonly BodyText Empty = new("", false, null);

    /// <summary>Picks the body part (text/plain preferred, HTML as fallback, attachments ignored) and decodes it.</summary>
    public static BodyText Of(MimeMessage message)
    {
        var part = BodyPart.Choose(message.Body);
        return part is null ? Empty : Decode(part);
    }

    public static BodyText Decode(TextPart part)
    {
        if (part.Content is null)
        {
            return new("", part.IsHtml, null);
        }

        var decoded = DecodeBuffer(EstimatedSize(part));
        part.Content.DecodeTo(decoded);
        var bytes = decoded.GetBuffer().AsSpan(0, (int)decoded.Length);
        string? error = null;
        if (bytes.Length > MaxBytes)
        {
            bytes = bytes[..MaxBytes];
            error = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"body truncated at {MaxBytes} bytes");
        }

        var (encoding, charsetError) = Charsets.Resolve(part.ContentType.Charset, bytes);
        var text = encoding.GetString(bytes);
        ReleaseBuffer(decoded);
        if (part.IsFlowed)
        {
            text = Unflow(text, part.ContentType.Parameters["delsp"]);
        }

        return new(text, part.IsHtml, Join(error, charsetError));
    }

    // The decoded bytes only live until they are read as text: one buffer per thread serves every message, unless a
    // huge body made it too large to keep.
    private const int KeptBufferBytes = 256 * 1024;

    [ThreadStatic]
    private static MemoryStream? t_decoded;

    // Encoded size is a good upper bound of the decoded size (base64 shrinks, quoted-printable too).
    private static int EstimatedSize(TextPart part) =>
        part.Content?.Stream is { CanSeek: true } stream ? (int)Math.Clamp(stream.Length, 256, MaxBytes) : 4096;

    private static MemoryStream DecodeBuffer(int estimatedSize)
    {
        var buffer = t_decoded is { } kept && kept.Capacity >= estimatedSize ? kept : new MemoryStream(estimatedSize);
        t_decoded = null;
        buffer.SetLength(0);
        return buffer;
    }

    private static void ReleaseBuffer(MemoryStream buffer)
    {
        if (buffer.Capacity <= KeptBufferBytes)
        {
            t_decoded = buffer;
        }
    }

    private static string Unflow(string text, string? delsp)
    {
        var converter = new FlowedToText { DeleteSpace = string.Equals(delsp, "yes", StringComparison.OrdinalIgnoreCase) };
        return converter.Convert(text);
    }

    internal static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + "; " + b;
}

/// <summary>Charset resolution with a best-effort fallback: UTF-8 when the bytes are valid UTF-8, else windows-1252.</summary>
internal static class Charsets
{
    private static readonly Encoding Utf8Lenient = new UTF8Encoding(false, false);

    public static (Encoding Encoding, string? Error) Resolve(string? charset, ReadOnlySpan<byte> bytes)
    {
        EncodingSetup.Ensure();
        if (string.IsNullOrWhiteSpace(charset))
        {
            return (Guess(bytes), null);
        }

        var name = charset.Trim().Trim('"').ToLowerInvariant();
        if (name is "utf-7" or "unicode-1-1-utf-7" or "x-unicode-1-1-utf-7")
        {
            // UTF-7 is obsolete in .NET (not offered by Encoding.GetEncoding) but still met in old mail.
#pragma warning disable SYSLIB0001
            return (new UTF7Encoding(), null);
#pragma warning restore SYSLIB0001
        }

        var encoding = Lookup(Alias(name));

        if (encoding is null)
        {
            return (Guess(bytes), "unknown charset '" + Clip(charset) + "', read as " + Guess(bytes).WebName);
        }

        // Declared ASCII or UTF-8 over Latin-1 bytes is common with old mailers: read what was meant.
        if ((encoding.CodePage is 20127 or 65001) && !Utf8.IsValid(bytes))
        {
            return (Guess(bytes), null);
        }

        return encoding.CodePage == 20127 ? (Utf8Lenient, null) : (encoding, null);
    }

    private static Encoding Guess(ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes) ? Utf8Lenient : Encoding.GetEncoding(1252);

    // Encoding.GetEncoding by name costs about a microsecond (name table, provider); the charsets met are few.
    // Only names that resolve are kept, so hostile headers cannot grow the cache beyond the known encodings.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding> Known = new(StringComparer.Ordinal);

    private static Encoding? Lookup(string name)
    {
        if (Known.TryGetValue(name, out var known))
        {
            return known;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);
            Known.TryAdd(name, encoding);
            return encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static string Alias(string name) => name switch
    {
        "utf8" => "utf-8",
        "latin-1" => "iso-8859-1",
        "ascii" => "us-ascii",
        _ when name.StartsWith("cp", StringComparison.Ordinal) && int.TryParse(name.AsSpan(2), out _) => "windows-" + name[2..],
        _ => name,
    };

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40];
}
