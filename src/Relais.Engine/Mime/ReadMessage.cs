using MimeKit;

namespace Relais.Engine.Mime;

/// <summary>What the pipeline needs from a parsed message: headers of interest, the body as text, and that text cleaned.</summary>
internal sealed record ReadMessage
{
    /// <summary>The chosen body as plain text (HTML already converted, blockquotes as <c>&gt; </c> lines).</summary>
    public required string Body { get; init; }

    /// <summary>The sender's own lines: quotes, forwards, disclaimers and mobile footers removed, signature kept.</summary>
    public string[] OwnLines { get; init; } = [];

    /// <summary>Forwarded messages found in the body or attached, kept apart from the sender's text.</summary>
    public IReadOnlyList<string> Forwarded { get; init; } = [];

    public string? Subject { get; init; }
    public Sender? From { get; init; }
    public string? MessageId { get; init; }

    /// <summary>True when the body came from a text/html part.</summary>
    public bool BodyIsHtml { get; init; }

    /// <summary>The parsed message when there was MIME (automated detection reads its headers and parts).</summary>
    public MimeMessage? Message { get; init; }

    public string? Error { get; init; }
}
