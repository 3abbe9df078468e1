namespace Relais.Engine.Intents;

/// <summary>
/// From the intent model's logits to the answer: temperature-scaled softmax, then <c>other</c> when the
/// best label's calibrated probability stays under the model's threshold (nothing is clear). The
/// confidence is always the calibrated probability of the label given, so a fall-back <c>other</c>
/// carries the model's (usually low) probability that the message really is none of the others.
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
            return new IntentPrediction(Intent.Other, Math.Round(probabilities[other], 3));
        }

        return new IntentPrediction((Intent)best, Math.Round(probabilities[best], 3));
    }
}
