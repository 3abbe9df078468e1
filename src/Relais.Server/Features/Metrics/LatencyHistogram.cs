namespace Relais.Server.Features.Metrics;

/// <summary>
/// The latency histogram of <c>email_latency_daily</c>: bucket 0 holds times under 0.01 ms, bucket
/// b ≥ 1 times in [0.01·2^((b−1)/8), 0.01·2^(b/8)) ms: eight buckets per doubling, each about 9 %
/// wide. A percentile read from it is its bucket's upper edge, so it is at most 9 % above the exact
/// value, never below. Windows of at most <see cref="ExactLimit"/> analyses are computed exactly.
/// </summary>
internal static class LatencyHistogram
{
    public const double Floor = 0.01;
    public const int PerDoubling = 8;

    /// <summary>Up to this many analyses in a window, percentiles are read from the analyses themselves.</summary>
    public const int ExactLimit = 20_000;

    public static int BucketOf(double ms) =>
        ms < Floor ? 0 : 1 + (int)Math.Floor(Math.Log2(ms / Floor) * PerDoubling);

    public static double UpperEdge(int bucket) => Floor * Math.Pow(2, (double)bucket / PerDoubling);

    /// <summary>Nearest-rank percentile: the value at rank ⌈p·n⌉ of the sorted values.</summary>
    public static double? Exact(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>The same rank over histogram counts (bucket → count), as its bucket's upper edge (rounded to 0.001 ms).</summary>
    public static double? FromBuckets(IEnumerable<(int Bucket, int Count)> counts, double p)
    {
        var ordered = counts.Where(c => c.Count > 0).GroupBy(c => c.Bucket).Select(g => (Bucket: g.Key, Count: g.Sum(c => c.Count))).OrderBy(c => c.Bucket).ToList();
        var total = ordered.Sum(c => (long)c.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(p * total));
        long seen = 0;
        foreach (var (bucket, count) in ordered)
        {
            seen += count;
            if (seen >= rank)
            {
                return Math.Round(UpperEdge(bucket), 3);
            }
        }

        return Math.Round(UpperEdge(ordered[^1].Bucket), 3);
    }
}
