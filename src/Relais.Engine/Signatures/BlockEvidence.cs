namespace Relais.Engine.Signatures;

/// <summary>
/// What the decoded block's line scores say about the block as a whole; a logistic calibration over these
/// (fitted on forge's cross-validation folds, see <c>relais train signatures</c>) turns them into the
/// probability that the block is exactly the sender's signature, no line missing, no line extra.
/// </summary>
/// <param name="MeanLogit">Log-odds of the block lines' mean probability: how sure the classifier is on average.</param>
/// <param name="MinScore">Score of the weakest line inside the block: one doubtful line makes the whole block doubtful.</param>
/// <param name="AboveScore">Probability of the line right above the block: high when the start is a close call.</param>
/// <param name="LogLines">ln(1 + lines): long blocks have more lines to get wrong.</param>
/// <param name="OpensWithClosing">1 when a sign-off opens the block, the clearest possible start.</param>
internal readonly record struct BlockEvidence(double MeanLogit, double MinScore, double AboveScore, double LogLines, double OpensWithClosing)
{
    public static readonly string[] Names = ["bias", "mean_logit", "min_score", "above_score", "log_lines", "opens_with_closing"];

    public static BlockEvidence Of(ReadOnlySpan<LineInfo> lines, ReadOnlySpan<float> scores, int start, int end)
    {
        var mean = 0.0;
        var min = double.MaxValue;
        for (var i = start; i <= end; i++)
        {
            mean += Sigmoid(scores[i]);
            min = Math.Min(min, scores[i]);
        }

        mean = Math.Clamp(mean / (end - start + 1), 0.0025, 0.9975);
        var above = start > 0 ? Sigmoid(scores[start - 1]) : 0;
        var opens = lines[start].Has(LineFlags.ClosingExact | LineFlags.ClosingThenName) ? 1 : 0;
        return new BlockEvidence(Math.Log(mean / (1 - mean)), Math.Clamp(min, -4, 8), above, Math.Log(1 + end - start + 1), opens);
    }

    /// <summary>The features in <see cref="Names"/> order, bias first.</summary>
    public double[] ToArray() => [1, MeanLogit, MinScore, AboveScore, LogLines, OpensWithClosing];

    /// <summary>The calibrated probability; without calibration weights, the mean line probability.</summary>
    public double Confidence(float[]? calibration)
    {
        if (calibration is null)
        {
            return Sigmoid(MeanLogit);
        }

        var x = ToArray();
        var z = 0.0;
        for (var i = 0; i < x.Length && i < calibration.Length; i++)
        {
            z += calibration[i] * x[i];
        }

        return Sigmoid(z);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
