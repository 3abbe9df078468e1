using Relais.Engine.Mime;

namespace Relais.Engine.Automated;

/// <summary>
/// Bounce, auto-reply or bulk, from headers and MIME structure first, then subject and body wording. Bounce evidence
/// is weighed before auto-reply evidence because MTAs often mark bounces "Auto-Submitted: auto-replied".
/// </summary>
internal static class AutomatedDetector
{
    /// <summary>Bounce wording is looked for in this many body lines: MTAs put it at the top.</summary>
    private const int BounceScanLines = 120;

    /// <summary>Fewer when nothing in the headers looks like a machine: the wording would be in the opening lines.</summary>
    private const int HumanBounceScanLines = 12;

    /// <summary>Characters scanned at most: bounds the work on messages with very long lines.</summary>
    private const int MaxScanChars = 8192;

    private const int HumanMaxScanChars = 1500;

    /// <summary>Out-of-office wording is looked for in this many non-blank own lines.</summary>
    private const int AutoReplyScanLines = 10;

    public static AutomatedKind? Detect(ReadMessage message, IReadOnlyList<string> ownLines)
    {
        var headers = message.Message is null ? default : HeaderSignals.Of(message.Message);
        if (headers.DeliveryReport)
        {
            return AutomatedKind.Bounce;
        }

        var subject = message.Subject;
        var autoSubject = AutoReplyPatterns.Subject(subject);
        var mailSystem = Senders.IsMailSystem(message.From);
        var machine = headers.NullReturnPath || mailSystem || headers.AutoSubmitted is not null
            || Senders.IsNoReply(message.From) || Senders.IsListServer(message.From);
        var autoScore = AutoReplyPatterns.BodyScore(ownLines, AutoReplyScanLines);
        if (IsBounce(message, subject, autoSubject, mailSystem, machine, autoScore))
        {
            return AutomatedKind.Bounce;
        }

        if (headers.DispositionReport || headers.AutoReplyHeader || autoSubject
            || (headers.AutoSubmitted?.StartsWith("auto-replied", StringComparison.Ordinal) ?? false)
            || autoScore >= 3 || (autoScore >= 2 && machine))
        {
            return AutomatedKind.AutoReply;
        }

        if (headers.ListOrBulk || headers.AutoSubmitted is not null || Senders.IsNoReply(message.From))
        {
            return AutomatedKind.Bulk;
        }

        return null;
    }

    private static bool IsBounce(ReadMessage message, string? subject, bool autoSubject, bool mailSystem, bool machine, int autoScore)
    {
        if (BouncePatterns.StrongSubject(subject) && !autoSubject)
        {
            return true;
        }

        var block = Opening(message.Body, machine ? BounceScanLines : HumanBounceScanLines, machine ? MaxScanChars : HumanMaxScanChars);
        var (strong, weak) = BouncePatterns.Body(block);
        if (strong)
        {
            return true;
        }

        if (autoSubject || autoScore >= 3)
        {
            return false;
        }

        // Weaker wording counts only when something else already says "machine".
        return mailSystem || (machine && (weak || BouncePatterns.WeakSubject(subject)));
    }

    // The opening lines as one block: the phrase search runs once over it, not once per line.
    private static ReadOnlySpan<char> Opening(string body, int maxLines, int maxChars)
    {
        var text = body.AsSpan(0, Math.Min(body.Length, maxChars));
        var end = 0;
        for (var lines = 0; lines < maxLines && end < text.Length; lines++)
        {
            var next = text[end..].IndexOf('\n');
            end = next < 0 ? text.Length : end + next + 1;
        }

        return text[..end];
    }
}
