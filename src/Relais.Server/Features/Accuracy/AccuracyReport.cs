using Relais.Data.Model;

namespace Relais.Server.Features.Accuracy;

/// <summary>
/// Sums daily roll-up rows into accuracy lines: rates, average confidences, the reliability table
/// and the recommended threshold, the lowest bucket edge above which the observed precision is at
/// least <see cref="TargetPrecision"/> (SPEC section 7), given enough feedback to say so.
/// </summary>
internal static class AccuracyReport
{
    public const double TargetPrecision = 0.95;

    /// <summary>Below this many reviewed predictions above an edge, no threshold is recommended from it.</summary>
    public const int MinimumEvidence = 10;

    public static AccuracyLine Line(string type, string model, string field, IReadOnlyCollection<AiAccuracyMetric> rows)
    {
        var buckets = AiAccuracyMetric.BucketEdges.Length;
        var totals = new int[buckets];
        var accepted = new int[buckets];
        foreach (var row in rows)
        {
            for (var i = 0; i < Math.Min(buckets, row.BucketTotals.Count); i++)
            {
                totals[i] += row.BucketTotals[i];
                accepted[i] += i < row.BucketAccepted.Count ? row.BucketAccepted[i] : 0;
            }
        }

        var total = rows.Sum(r => r.Total);
        var acc = rows.Sum(r => r.Accepted);
        var cor = rows.Sum(r => r.Corrected);
        var rej = rows.Sum(r => r.Rejected);
        var reliability = Enumerable.Range(0, buckets).Select(i => new ReliabilityBucket(
            AiAccuracyMetric.BucketEdges[i],
            i + 1 < buckets ? AiAccuracyMetric.BucketEdges[i + 1] : 1.0,
            totals[i],
            accepted[i],
            totals[i] == 0 ? null : Math.Round((double)accepted[i] / totals[i], 4))).ToList();

        return new AccuracyLine(
            type, model, field, total, acc, cor, rej,
            Rate(acc, total), Rate(cor, total), Rate(rej, total),
            acc == 0 ? null : Math.Round(rows.Sum(r => r.AcceptedConfidenceSum) / acc, 4),
            cor == 0 ? null : Math.Round(rows.Sum(r => r.CorrectedConfidenceSum) / cor, 4),
            reliability,
            Recommended(totals, accepted));
    }

    private static double? Recommended(int[] totals, int[] accepted)
    {
        double? best = null;
        int above = 0, good = 0;
        for (var i = totals.Length - 1; i >= 0; i--)
        {
            above += totals[i];
            good += accepted[i];
            // The precision of everything at or above this edge: the lowest edge that holds the target wins. Only
            // edges of observed buckets count: an empty bucket says nothing about values that would fall in it.
            if (totals[i] > 0 && above >= MinimumEvidence && (double)good / above >= TargetPrecision)
            {
                best = AiAccuracyMetric.BucketEdges[i];
            }
        }

        return best;
    }

    private static double Rate(int part, int total) => total == 0 ? 0 : Math.Round((double)part / total, 4);
}
