using System.Globalization;
using Relais.Cli.Eval;
using Relais.Engine;

namespace Relais.Cli.Train;

/// <summary>
/// Measurement only: the contact fields' reliability on a labelled dataset (quagga-enron), judged as
/// score.py judges them. For each field and confidence bucket: values given, values right, precision.
/// Calibration means precision at least matches the bucket's lower bound, and 90 % above 0.9.
/// </summary>
internal static class ReliabilityTable
{
    // The fields quagga-enron labels; it labels no web site or LinkedIn, so those would only count as wrong.
    private static readonly string[] Fields = ["full_name", "job_title", "company", "email", "phone", "fax", "address"];

    public static void Print(string dataset, string? defaultRegion, TextWriter log)
    {
        var analyzer = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = defaultRegion });
        var golds = File.ReadLines(Path.Combine(dataset, "gold.jsonl")).Where(l => l.Trim().Length > 0).Select(Gold.Parse).ToList();
        var counts = new Dictionary<(string Field, int Bucket), (int Given, int Right)>();
        var blocks = new List<(double Confidence, bool Exact)>();
        foreach (var gold in golds.Where(g => g.Fields is not null || g.SignatureLines is not null))
        {
            using var stream = File.OpenRead(Path.Combine(dataset, gold.Source));
            var analysis = analyzer.Analyze(stream, gold.Source);
            if (analysis.Signature is { } signature && gold.SignatureLines is { } lines)
            {
                blocks.Add((signature.Confidence, SameLines(signature.Text, lines)));
            }

            if (gold.Fields is null)
            {
                continue;
            }

            var contact = Prediction.Of(analysis).Contact;
            foreach (var field in Fields)
            {
                var wanted = gold.Fields!.GetValueOrDefault(field) ?? [];
                foreach (var name in field == "phone" ? new[] { "phone", "mobile" } : [field])
                {
                    if (!contact.TryGetValue(name, out var value) || (wanted.Count == 0 && value.Source != FieldSource.Signature))
                    {
                        continue;
                    }

                    var right = wanted.Any(g => Matching.Same(field, value.Value, g));
                    var key = (field, ConfidenceBuckets.Of(value.Confidence));
                    var (given, ok) = counts.GetValueOrDefault(key);
                    counts[key] = (given + 1, ok + (right ? 1 : 0));
                }
            }
        }

        log.WriteLine($"reliability on {Path.GetFileName(Path.TrimEndingDirectorySeparator(dataset))} (values given / right / precision per confidence bucket)");

        // A set that labels no fields (forge) has only the block table.
        if (counts.Count > 0)
        {
            log.WriteLine("field       " + string.Concat(Enumerable.Range(0, ConfidenceBuckets.Count).Select(b => $"{ConfidenceBuckets.Label(b),-20}")));
        }

        foreach (var field in counts.Count == 0 ? [] : Fields.Append("all >= 0.9"))
        {
            var cells = Enumerable.Range(0, ConfidenceBuckets.Count).Select(b =>
            {
                var (given, right) = field == "all >= 0.9"
                    ? (b >= 4 ? counts.Where(c => c.Key.Bucket == b).Aggregate((0, 0), (s, c) => (s.Item1 + c.Value.Given, s.Item2 + c.Value.Right)) : (0, 0))
                    : counts.GetValueOrDefault((field, b));
                return given == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{given}/{right} {right / (double)given:0.00}");
            });
            log.WriteLine($"{field,-12}" + string.Concat(cells.Select(c => $"{c,-20}")));
        }

        BlockCalibration.Print("signature block (exactly the gold lines)", blocks, log);
    }

    /// <summary>The predicted block's non-blank lines are the gold signature lines, as multisets (score.py's line matching).</summary>
    private static bool SameLines(string predicted, IReadOnlyList<string> gold)
    {
        var mine = predicted.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Order(StringComparer.Ordinal);
        var theirs = gold.Select(l => l.Trim()).Where(l => l.Length > 0).Order(StringComparer.Ordinal);
        return mine.SequenceEqual(theirs, StringComparer.Ordinal);
    }
}
