using System.Text.Json;
using MimeKit;

namespace Relais.Engine.Intents.Training;

/// <summary>
/// Reads a labelled dataset folder's messages for training (gold.jsonl + one .eml per line). The caller
/// opens the files, so the engine itself stays free of file I/O.
/// </summary>
internal static class DatasetMessages
{
    /// <summary>The needs-reply example of one gold.jsonl line, or null when the line has no needs_reply label.</summary>
    public static LabelledText? NeedsReply(string goldLine, Func<string, Stream> open)
    {
        using var gold = JsonDocument.Parse(goldLine);
        var root = gold.RootElement;
        if (!root.TryGetProperty("needs_reply", out var label) || label.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return null;
        }

        var source = root.GetProperty("source").GetString() ?? throw new FormatException("gold line without source");
        using var stream = open(source);
        using var message = MimeMessage.Load(stream);
        var subject = string.IsNullOrWhiteSpace(message.Subject) ? null : message.Subject;
        return new LabelledText(source, subject, (message.TextBody ?? "").Trim(), null, Intent.Other, label.GetBoolean());
    }
}
