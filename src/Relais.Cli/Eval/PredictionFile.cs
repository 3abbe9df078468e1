using System.Text.Json;
using Relais.Engine;

namespace Relais.Cli.Eval;

/// <summary>Reads an existing analyze output (JSON lines) the way score.py reads it.</summary>
internal static class PredictionFile
{
    public static Dictionary<string, Prediction> Read(string path)
    {
        var predictions = new Dictionary<string, Prediction>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var source = root.TryGetProperty("source", out var s) ? s.ToString() : "";
            predictions[Path.GetFileName(source.Split('#')[0])] = Parse(root);
        }

        return predictions;
    }

    private static Prediction Parse(JsonElement root)
    {
        var contact = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        if (root.TryGetProperty("contact", out var c) && c.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in c.EnumerateObject())
            {
                var (value, source) = field.Value.ValueKind == JsonValueKind.Object
                    ? (Str(field.Value, "value"), Str(field.Value, "source"))
                    : (field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : null, null);
                if (!string.IsNullOrEmpty(value))
                {
                    contact[field.Name] = new FieldValue(value, 0, source switch
                    {
                        "header" => FieldSource.Header,
                        "domain" => FieldSource.Domain,
                        // score.py treats a missing source like "signature".
                        _ => FieldSource.Signature,
                    });
                }
            }
        }

        var needsReply = root.TryGetProperty("needs_reply", out var nr)
            && (nr.ValueKind == JsonValueKind.Object ? nr.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.True : nr.ValueKind == JsonValueKind.True);
        string? automated = null;
        if (root.TryGetProperty("automated", out var a))
        {
            automated = a.ValueKind == JsonValueKind.Object ? Str(a, "kind") : a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        }

        var signature = root.TryGetProperty("signature", out var sig) && sig.ValueKind == JsonValueKind.Object ? Str(sig, "text") : null;
        var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
        return new Prediction(signature, contact, needsReply, automated, text);
    }

    private static string? Str(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
