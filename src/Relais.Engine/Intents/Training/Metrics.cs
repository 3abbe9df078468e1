using System.Globalization;
using System.Text;

namespace Relais.Engine.Intents.Training;

/// <summary>Precision/recall/F1, confusion and reliability tables, printed by the training commands.</summary>
internal static class Metrics
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (double Precision, double Recall, double F1) Prf(int truePositives, int falsePositives, int falseNegatives)
    {
        var p = truePositives + falsePositives == 0 ? 0 : truePositives / (double)(truePositives + falsePositives);
        var r = truePositives + falseNegatives == 0 ? 0 : truePositives / (double)(truePositives + falseNegatives);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /// <summary>Per-class P/R/F1 and the macro-F1 over classes present in gold or predictions.</summary>
    public static double PerClass(IReadOnlyList<int> gold, IReadOnlyList<int> predicted, IReadOnlyList<string> names, StringBuilder report)
    {
        var f1s = new List<double>();
        report.AppendLine("label                 support  precision  recall  f1");
        for (var c = 0; c < names.Count; c++)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                tp += gold[i] == c && predicted[i] == c ? 1 : 0;
                fp += gold[i] != c && predicted[i] == c ? 1 : 0;
                fn += gold[i] == c && predicted[i] != c ? 1 : 0;
            }

            if (tp + fp + fn == 0)
            {
                continue;
            }

            var (p, r, f) = Prf(tp, fp, fn);
            f1s.Add(f);
            report.AppendLine(Invariant, $"{names[c],-20} {tp + fn,8} {p,10:F3} {r,7:F3} {f,5:F3}");
        }

        var macro = f1s.Count == 0 ? 0 : f1s.Average();
        report.AppendLine(Invariant, $"macro-F1 {macro:F3}, accuracy {gold.Where((g, i) => g == predicted[i]).Count() / (double)Math.Max(1, gold.Count):F3}");
        return macro;
    }

    /// <summary>Lists the most frequent confusions "gold -> predicted".</summary>
    public static void Confusions(IReadOnlyList<int> gold, IReadOnlyList<int> predicted, IReadOnlyList<string> names, StringBuilder report)
    {
        var pairs = gold.Select((g, i) => (Gold: g, Predicted: predicted[i]))
            .Where(p => p.Gold != p.Predicted)
            .GroupBy(p => p)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Gold).ThenBy(g => g.Key.Predicted);
        report.AppendLine("confusions (gold -> predicted: count):");
        foreach (var pair in pairs)
        {
            report.AppendLine(Invariant, $"  {names[pair.Key.Gold]} -> {names[pair.Key.Predicted]}: {pair.Count()}");
        }
    }

    /// <summary>Reliability table: per confidence bin, how often the answer given was right.</summary>
    public static void Reliability(IReadOnlyList<double> confidences, IReadOnlyList<bool> correct, StringBuilder report)
    {
        double[] edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
        report.AppendLine("confidence bin   count  mean conf  accuracy");
        var ece = 0.0;
        for (var b = 0; b + 1 < edges.Length; b++)
        {
            var members = confidences.Select((c, i) => (c, i)).Where(x => x.c >= edges[b] && x.c < edges[b + 1]).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var mean = members.Average(x => x.c);
            var accuracy = members.Count(x => correct[x.i]) / (double)members.Count;
            ece += members.Count * Math.Abs(mean - accuracy);
            report.AppendLine(Invariant, $"[{edges[b]:F2}, {Math.Min(1, edges[b + 1]):F2}) {members.Count,7} {mean,10:F3} {accuracy,9:F3}");
        }

        report.AppendLine(Invariant, $"expected calibration error {ece / Math.Max(1, confidences.Count):F3}");
    }
}
