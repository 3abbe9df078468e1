namespace Relais.Engine.Intents.Training;

/// <summary>Hyper-parameters of <see cref="LogisticTrainer"/>; the seed makes training reproducible.</summary>
internal sealed record TrainerOptions(int Epochs = 12, float LearningRate = 0.5f, float L2 = 1e-5f, ulong Seed = 20240611);

/// <summary>
/// Logistic regression (softmax for several classes, sigmoid for one column) trained by AdaGrad SGD over
/// pre-extracted hashed features. Single-threaded with a fixed shuffle seed, so the same data gives the
/// same weights bit for bit.
/// </summary>
internal static class LogisticTrainer
{
    public static LinearModel Train(IReadOnlyList<int[]> features, IReadOnlyList<int> labels, int classes, FeatureConfig config, TrainerOptions options)
    {
        var model = new LinearModel(config, classes);
        var weights = model.Weights;
        var squares = new float[weights.Length];
        var biasSquares = new float[classes];
        var order = Enumerable.Range(0, features.Count).ToArray();
        var random = new SplitMix64(options.Seed);
        Span<float> scores = stackalloc float[classes];
        Span<float> gradients = stackalloc float[classes];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var example = features[i];
                model.Logits(example, scores);
                Gradients(scores, labels[i], gradients);
                var scale = example.Length == 0 ? 0 : 1 / MathF.Sqrt(example.Length);
                foreach (var feature in example)
                {
                    var offset = feature * classes;
                    for (var c = 0; c < classes; c++)
                    {
                        var g = (gradients[c] * scale) + (options.L2 * weights[offset + c]);
                        squares[offset + c] += g * g;
                        weights[offset + c] -= options.LearningRate * g / (MathF.Sqrt(squares[offset + c]) + 1e-6f);
                    }
                }

                for (var c = 0; c < classes; c++)
                {
                    biasSquares[c] += gradients[c] * gradients[c];
                    model.Bias[c] -= options.LearningRate * gradients[c] / (MathF.Sqrt(biasSquares[c]) + 1e-6f);
                }
            }
        }

        model.Quantize();
        return model;
    }

    /// <summary>d(log loss)/d(logit): p - y for every class.</summary>
    private static void Gradients(ReadOnlySpan<float> scores, int label, Span<float> gradients)
    {
        if (scores.Length == 1)
        {
            gradients[0] = Probability.Sigmoid(scores[0]) - label;
            return;
        }

        Probability.Softmax(scores, 1, gradients);
        gradients[label] -= 1;
    }
}

/// <summary>A tiny, version-independent PRNG so shuffles never change with the runtime.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E37_79B9_7F4A_7C15;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EB;
        return z ^ (z >> 31);
    }

    public void Shuffle(int[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = (int)(Next() % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
