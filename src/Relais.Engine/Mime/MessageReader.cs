using MimeKit;
using Relais.Engine.Text;

namespace Relais.Engine.Mime;

/// <summary>Parses raw MIME once with MimeKit and reads what the pipeline needs; never throws on bad input.</summary>
internal static class MessageReader
{
    private static readonly ParserOptions Options = CreateOptions();

    // One parser per thread, reused: a new MimeParser allocates its buffers for every message.
    [ThreadStatic]
    private static MimeParser? _parser;

    public static ReadMessage Read(Stream stream)
    {
        EncodingSetup.Ensure();
        MimeMessage message;
        var input = RawInput.Normalize(stream);
        try
        {
            message = Parse(input);
        }
#pragma warning disable CA1031 // hostile input must give an error field, whatever MimeKit throws
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            // Not MIME at all: what can be read is the input as text.
            return FromText(RawInput.AsText(input), null, null) with { Error = "unreadable MIME: " + ex.GetType().Name };
        }

        return Read(message);
    }

    public static ReadMessage Read(MimeMessage message)
    {
        EncodingSetup.Ensure();
        BodyText body;
        string? error = null;
        try
        {
            body = BodyText.Of(message);
        }
#pragma warning disable CA1031 // same: a part MimeKit cannot decode leaves the rest of the message readable
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            body = BodyText.Empty;
            error = "unreadable body: " + ex.GetType().Name;
        }

        var text = body.IsHtml ? HtmlToText.Convert(body.Text) : body.Text;
        var (clean, binary) = ControlChars.Clean(text);
        var subject = Headers.Subject(message);
        var cleaned = BodyCleaner.Clean(clean, subject);
        return new ReadMessage
        {
            Body = clean,
            OwnLines = cleaned.Own,
            Forwarded = AttachedMessages.Append(cleaned.Forwarded, message),
            BodyIsHtml = body.IsHtml,
            Subject = subject,
            From = Headers.From(message),
            MessageId = Headers.MessageId(message),
            Message = message,
            Error = BodyText.Join(BodyText.Join(error, body.Error), binary ? "binary content removed" : null),
        };
    }

    public static ReadMessage FromText(string body, string? subject, Sender? from)
    {
        var (clean, binary) = ControlChars.Clean(body.Length > BodyText.MaxBytes ? body[..BodyText.MaxBytes] : body);
        var cleaned = BodyCleaner.Clean(clean, subject);
        return new ReadMessage
        {
            Body = clean,
            OwnLines = cleaned.Own,
            Forwarded = cleaned.Forwarded,
            Subject = subject,
            From = from,
            Error = binary ? "binary content removed" : null,
        };
    }

    // Persistent: parts refer to the input buffer instead of copying it (the input lives as long as the analysis).
    private static MimeMessage Parse(Stream input)
    {
        var parser = _parser ??= new MimeParser(Options, Stream.Null, persistent: true);
        parser.SetStream(input, MimeFormat.Entity, persistent: true);
        try
        {
            return parser.ParseMessage();
        }
        finally
        {
            parser.SetStream(Stream.Null, MimeFormat.Entity, persistent: true);
        }
    }

    private static ParserOptions CreateOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.MaxMimeDepth = 32;
        options.AllowAddressesWithoutDomain = true;
        options.AddressParserComplianceMode = RfcComplianceMode.Loose;
        options.ParameterComplianceMode = RfcComplianceMode.Loose;
        options.Rfc2047ComplianceMode = RfcComplianceMode.Loose;
        return options;
    }
}
