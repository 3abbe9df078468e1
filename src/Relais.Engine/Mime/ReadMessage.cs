using MimeKit;

namespace Relais.Engine.Mime;

/// <summary>What the pipeline needs from a parsed message: headers of interest and the body as plain text.</summary>
internal sealed record ReadMessage
{
    public required string Body { get; init; }
    public string? Subject { get; init; }
    public Sender? From { get; init; }
    public string? MessageId { get; init; }

    /// <summary>The parsed message when there was MIME (automated detection reads its headers and parts).</summary>
    public MimeMessage? Message { get; init; }

    public string? Error { get; init; }
}
