namespace Relais.Engine.Intents;

internal static class Probability
{
    public static float Sigmoid(float z) => 1 / (1 + MathF.Exp(-z));

    /// <summary>Softmax of <paramref name="logits"/> divided by <paramref name="temperature"/>.</summary>
    public static void Softmax(ReadOnlySpan<float> logits, float temperature, Span<float> probabilities)
    {
        var max = float.NegativeInfinity;
        foreach (var z in logits)
        {
            max = MathF.Max(max, z);
        }

        var sum = 0f;
        for (var c = 0; c < logits.Length; c++)
        {
            probabilities[c] = MathF.Exp((logits[c] - max) / temperature);
            sum += probabilities[c];
        }

        for (var c = 0; c < logits.Length; c++)
        {
            probabilities[c] /= sum;
        }
    }
}
