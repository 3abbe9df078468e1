using System.Text.Json;

namespace Relais.Cli.Eval;

/// <summary>One line of a dataset's gold.jsonl; absent keys stay null, as score.py tests them with <c>in</c>.</summary>
internal sealed record Gold(
    string Source,
    bool? HasSignature,
    IReadOnlyList<string>? SignatureLines,
    IReadOnlyList<string>? BlockLines,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Fields,
    bool? NeedsReply,
    bool HasAutomated,
    string? Automated,
    IReadOnlyList<string>? TextLines)
{
    public static Gold Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        return new Gold(
            root.GetProperty("source").GetString() ?? "",
            root.TryGetProperty("has_signature", out var has) && has.ValueKind != JsonValueKind.Null ? has.GetBoolean() : null,
            Strings(root, "signature_lines"),
            Strings(root, "block_lines"),
            root.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object
                ? fields.EnumerateObject().ToDictionary(p => p.Name, p => (IReadOnlyList<string>)Strings(p.Value))
                : null,
            root.TryGetProperty("needs_reply", out var nr) ? nr.ValueKind == JsonValueKind.True : null,
            root.TryGetProperty("automated", out var auto),
            root.TryGetProperty("automated", out auto) && auto.ValueKind == JsonValueKind.String ? auto.GetString() : null,
            Strings(root, "text_lines"));
    }

    private static List<string>? Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? Strings(value) : null;

    private static List<string> Strings(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray().Select(e => e.GetString() ?? "")] : [];
}
