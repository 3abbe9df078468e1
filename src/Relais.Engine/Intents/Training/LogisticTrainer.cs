namespace Relais.Engine.Intents.Training;

/// <summary>
/// Hyper-parameters of <see cref="LogisticTrainer"/>; the seed makes training reproducible.
/// <c>NaiveBayesAlpha</c> &gt; 0 scales each feature of a binary model by its naive-Bayes log-count ratio
/// (Wang and Manning 2012, "NB-SVM"), with that smoothing; 0 leaves features unscaled.
/// </summary>
internal sealed record TrainerOptions(int Epochs = 12, float LearningRate = 0.5f, float L2 = 1e-5f, ulong Seed = 20240611, float NaiveBayesAlpha = 0, bool Average = false, int Bag = 1);

/// <summary>
/// Logistic regression (softmax for several classes, sigmoid for one column) trained by AdaGrad SGD over
/// pre-extracted hashed features. Single-threaded with a fixed shuffle seed, so the same data gives the
/// same weights bit for bit.
/// </summary>
internal static class LogisticTrainer
{
    public static LinearModel Train(IReadOnlyList<int[]> features, IReadOnlyList<int> labels, int classes, FeatureConfig config, TrainerOptions options)
    {
        if (options.Bag <= 1)
        {
            return TrainOne(features, labels, classes, config, options);
        }

        var sum = new LinearModel(config, classes);
        for (var k = 0; k < options.Bag; k++)
        {
            var one = TrainOne(features, labels, classes, config, options with { Seed = options.Seed + (ulong)k });
            AddTo(sum, one, 1f / options.Bag);
        }

        sum.Quantize();
        return sum;
    }

    private static void AddTo(LinearModel sum, LinearModel one, float factor)
    {
        for (var i = 0; i < sum.Weights.Length; i++)
        {
            sum.Weights[i] += one.Weights[i] * factor;
        }

        for (var c = 0; c < sum.Bias.Length; c++)
        {
            sum.Bias[c] += one.Bias[c] * factor;
        }
    }

    private static LinearModel TrainOne(IReadOnlyList<int[]> features, IReadOnlyList<int> labels, int classes, FeatureConfig config, TrainerOptions options)
    {
        var model = new LinearModel(config, classes);
        var average = options.Average ? new LinearModel(config, classes) : null;
        var averaged = 0;
        var weights = model.Weights;
        var ratios = options.NaiveBayesAlpha > 0 && classes == 1 ? LogCountRatios(features, labels, config.Buckets, options.NaiveBayesAlpha) : null;
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
                if (ratios is null)
                {
                    model.Logits(example, scores);
                }
                else
                {
                    ScaledLogit(model, example, ratios, scores);
                }

                Gradients(scores, labels[i], gradients);
                var scale = example.Length == 0 ? 0 : 1 / MathF.Sqrt(example.Length);
                foreach (var feature in example)
                {
                    var offset = feature * classes;
                    var value = ratios is null ? scale : scale * ratios[feature];
                    for (var c = 0; c < classes; c++)
                    {
                        var g = (gradients[c] * value) + (options.L2 * weights[offset + c]);
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

            if (average is not null && epoch * 2 >= options.Epochs)
            {
                AddTo(average, model, 1);
                averaged++;
            }
        }

        if (average is not null)
        {
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = average.Weights[i] / averaged;
            }

            for (var c = 0; c < classes; c++)
            {
                model.Bias[c] = average.Bias[c] / averaged;
            }
        }

        if (ratios is not null)
        {
            // The ratio is a fixed per-bucket factor: folded into the weight, prediction stays a plain sum.
            for (var b = 0; b < ratios.Length; b++)
            {
                weights[b] *= ratios[b];
            }
        }

        model.Quantize();
        return model;
    }

    private static void ScaledLogit(LinearModel model, int[] example, float[] ratios, Span<float> scores)
    {
        var sum = 0f;
        foreach (var feature in example)
        {
            sum += model.Weights[feature] * ratios[feature];
        }

        scores[0] = (example.Length == 0 ? 0 : sum / MathF.Sqrt(example.Length)) + model.Bias[0];
    }

    /// <summary>
    /// r = log(P(feature | positive) / P(feature | negative)) per bucket, as smoothed shares of each class's
    /// messages having the feature.
    /// </summary>
    private static float[] LogCountRatios(IReadOnlyList<int[]> features, IReadOnlyList<int> labels, int buckets, float alpha)
    {
        var positive = new int[buckets];
        var negative = new int[buckets];
        var seen = new HashSet<int>();
        var positives = 0;
        for (var i = 0; i < features.Count; i++)
        {
            positives += labels[i];
            var counts = labels[i] == 1 ? positive : negative;
            seen.Clear();
            foreach (var feature in features[i])
            {
                if (seen.Add(feature))
                {
                    counts[feature]++;
                }
            }
        }

        var positiveTotal = positives + (2.0 * alpha);
        var negativeTotal = features.Count - positives + (2.0 * alpha);
        var ratios = new float[buckets];
        for (var b = 0; b < buckets; b++)
        {
            ratios[b] = (float)Math.Log((positive[b] + alpha) / positiveTotal / ((negative[b] + alpha) / negativeTotal));
        }

        return ratios;
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
