using MimeKit;

namespace Relais.Cli.Analyze;

/// <summary>One message to analyse: a file read when its turn comes, a message already parsed from an mbox, or stdin bytes.</summary>
internal sealed record MessageInput(string Source, string? Path = null, MimeMessage? Parsed = null, byte[]? Bytes = null);
