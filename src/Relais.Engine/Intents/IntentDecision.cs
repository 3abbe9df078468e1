namespace Relais.Engine.Intents;

/// <summary>
/// From the intent model's logits to the answer: temperature-scaled softmax, then <c>other</c> when the
/// best label's calibrated probability stays under the model's threshold (nothing is clear).
/// </summary>
internal static class IntentDecision
{
    public static IntentPrediction Decide(ReadOnlySpan<float> logits, float temperature, float threshold)
    {
        Span<float> probabilities = stackalloc float[logits.Length];
        Probability.Softmax(logits, temperature, probabilities);
        var best = 0;
        for (var c = 1; c < probabilities.Length; c++)
        {
            if (probabilities[c] > probabilities[best])
            {
                best = c;
            }
        }

        var other = (int)Intent.Other;
        if (best != other && probabilities[best] < threshold)
        {
            // Falling back is itself a guess: report the remaining doubt, not the best label's score.
            return new IntentPrediction(Intent.Other, Math.Round(1 - probabilities[best], 3));
        }

        return new IntentPrediction((Intent)best, Math.Round(probabilities[best], 3));
    }
}
