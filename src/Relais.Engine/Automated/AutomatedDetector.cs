using Relais.Engine.Mime;

namespace Relais.Engine.Automated;

internal static class AutomatedDetector
{
    // Placeholder until header and body rules land: RFC 3834 Auto-Submitted only.
    public static AutomatedKind? Detect(ReadMessage message, IReadOnlyList<string> ownLines)
    {
        var autoSubmitted = message.Message?.Headers["Auto-Submitted"];
        return autoSubmitted is not null && !autoSubmitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase)
            ? AutomatedKind.AutoReply
            : null;
    }
}
