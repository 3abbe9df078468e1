using System.Text.Json;
using Relais.Demo.Synthetic;
using Relais.Engine.Mime;
using Relais.Engine.Signatures;

namespace Relais.Cli.Train;

/// <summary>Reads a labelled dataset folder (gold.jsonl + .eml) into <see cref="LabelledMail"/>, cut as the engine cuts.</summary>
internal static class DatasetReader
{
    public static List<LabelledMail> Read(string folder)
    {
        var mails = new List<LabelledMail>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "gold.jsonl")))
        {
            using var gold = JsonDocument.Parse(line);
            var root = gold.RootElement;
            var source = root.GetProperty("source").GetString()!;
            if (!root.TryGetProperty("signature_lines", out var sig))
            {
                continue;
            }

            using var stream = File.OpenRead(Path.Combine(folder, source));
            var read = MessageReader.Read(stream);
            var (own, _) = SignoffSplitter.Split(read.OwnLines);
            var wanted = sig.EnumerateArray().Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0).ToList();
            mails.Add(new LabelledMail(source, own, Label(own, wanted), read.From));
        }

        return mails;
    }

    /// <summary>Marks own lines found in the gold list, matching from the end (the signature closes the text).</summary>
    private static bool[] Label(string[] own, List<string> gold)
    {
        var labels = new bool[own.Length];
        var left = gold.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var i = own.Length - 1; i >= 0; i--)
        {
            var t = own[i].Trim();
            if (t.Length > 0 && left.TryGetValue(t, out var n) && n > 0)
            {
                labels[i] = true;
                left[t] = n - 1;
            }
        }

        return labels;
    }
}
