using System.Globalization;
using Relais.Engine.Signatures;

namespace Relais.Cli.Train;

/// <summary>One predicted signature block: what its scores said, and whether it was exactly the gold signature.</summary>
internal readonly record struct BlockOutcome(BlockEvidence Evidence, bool Exact, int Fold);

/// <summary>
/// Fits the block confidence (logistic regression over <see cref="BlockEvidence"/>, bias unpenalised) on
/// blocks predicted for messages the line classifier did not train on, and prints its reliability table.
/// </summary>
internal static class BlockCalibration
{
    private const double L2 = 1.0;

    public static float[] Fit(IEnumerable<BlockOutcome> outcomes)
    {
        var rows = outcomes.Select(o => (X: o.Evidence.ToArray(), Y: o.Exact ? 1.0 : 0.0)).ToList();
        var n = BlockEvidence.Names.Length;
        var w = new double[n];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            foreach (var (x, y) in rows)
            {
                var p = 1 / (1 + Math.Exp(-x.Select((v, i) => v * w[i]).Sum()));
                var h = Math.Max(p * (1 - p), 1e-6);
                for (var i = 0; i < n; i++)
                {
                    gradient[i] += (p - y) * x[i];
                    for (var j = 0; j < n; j++)
                    {
                        hessian[i, j] += h * x[i] * x[j];
                    }
                }
            }

            for (var i = 1; i < n; i++)
            {
                gradient[i] += L2 * w[i];
                hessian[i, i] += L2;
            }

            hessian[0, 0] += 1e-6;
            var step = LogisticRegression.Solve(hessian, gradient);
            for (var i = 0; i < n; i++)
            {
                w[i] -= step[i];
            }

            if (step.Max(Math.Abs) < 1e-7)
            {
                break;
            }
        }

        return [.. w.Select(v => (float)Math.Round(v, 4))];
    }

    /// <summary>Reliability of calibrated confidences, each fold calibrated on the other folds' blocks (nothing scored on what fitted it).</summary>
    public static void PrintHeldOut(IReadOnlyList<BlockOutcome> outcomes, int folds, TextWriter log)
    {
        var scored = new List<(double Confidence, bool Exact)>();
        var raw = outcomes.Select(o => (o.Evidence.Confidence(null), o.Exact)).ToList();
        for (var fold = 0; fold < folds; fold++)
        {
            var weights = Fit(outcomes.Where(o => o.Fold != fold));
            scored.AddRange(outcomes.Where(o => o.Fold == fold).Select(o => (o.Evidence.Confidence(weights), o.Exact)));
        }

        Print("block, mean line probability (uncalibrated)", raw, log);
        Print("block, calibrated (nested folds)", scored, log);
    }

    public static void Print(string title, IReadOnlyList<(double Confidence, bool Exact)> blocks, TextWriter log)
    {
        var cells = Enumerable.Range(0, ConfidenceBuckets.Count).Select(b =>
        {
            var inBucket = blocks.Where(x => ConfidenceBuckets.Of(x.Confidence) == b).ToList();
            var right = inBucket.Count(x => x.Exact);
            return inBucket.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{inBucket.Count}/{right} {right / (double)inBucket.Count:0.00}");
        });
        var high = blocks.Where(x => x.Confidence >= 0.9).ToList();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: {blocks.Count} blocks, {blocks.Count(x => x.Exact)} exact; >= 0.9: {high.Count(x => x.Exact)}/{high.Count}"));
        log.WriteLine("  " + string.Concat(Enumerable.Range(0, ConfidenceBuckets.Count).Select(b => $"{ConfidenceBuckets.Label(b),-16}")));
        log.WriteLine("  " + string.Concat(cells.Select(c => $"{c,-16}")));
    }
}
