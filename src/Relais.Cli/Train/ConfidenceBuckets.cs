using System.Globalization;

namespace Relais.Cli.Train;

/// <summary>The confidence buckets of the reliability reports (&lt;0.5, 0.5-0.7, ..., &gt;=0.95).</summary>
internal static class ConfidenceBuckets
{
    public static readonly double[] Cuts = [0.5, 0.7, 0.8, 0.9, 0.95];

    public static int Count => Cuts.Length + 1;

    public static int Of(double confidence)
    {
        var b = 0;
        while (b < Cuts.Length && confidence >= Cuts[b])
        {
            b++;
        }

        return b;
    }

    public static string Label(int bucket) =>
        bucket == 0 ? "<0.5" : bucket == Cuts.Length ? ">=0.95" : string.Create(CultureInfo.InvariantCulture, $"{Cuts[bucket - 1]:0.00}-{Cuts[bucket]:0.00}");
}
