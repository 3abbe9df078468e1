namespace Relais.Engine.Intents.Training;

/// <summary>
/// Post-hoc calibration fitted on out-of-fold scores: a softmax temperature for the intent model,
/// Platt scaling for the binary one. Both are deterministic (golden-section search and Newton steps).
/// </summary>
internal static class Calibration
{
    public static float FitTemperature(IReadOnlyList<float[]> logits, IReadOnlyList<int> labels)
    {
        double Loss(double logT)
        {
            var t = (float)Math.Exp(logT);
            var probabilities = new float[logits[0].Length];
            var loss = 0.0;
            for (var i = 0; i < logits.Count; i++)
            {
                Probability.Softmax(logits[i], t, probabilities);
                loss -= Math.Log(Math.Max(probabilities[labels[i]], 1e-9f));
            }

            return loss;
        }

        return (float)Math.Exp(GoldenSection(Loss, Math.Log(0.05), Math.Log(20)));
    }

    /// <summary>Fits p = sigmoid(a z + b) by Newton's method on the log loss (Platt 1999, with his target smoothing).</summary>
    public static (float A, float B) FitPlatt(IReadOnlyList<float> scores, IReadOnlyList<int> labels)
    {
        var positives = labels.Count(l => l == 1);
        var negatives = labels.Count - positives;
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        double a = 1, b = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (var i = 0; i < scores.Count; i++)
            {
                var z = scores[i];
                var p = 1 / (1 + Math.Exp(-((a * z) + b)));
                var target = labels[i] == 1 ? high : low;
                var w = p * (1 - p);
                ga += (p - target) * z;
                gb += p - target;
                haa += w * z * z;
                hab += w * z;
                hbb += w;
            }

            var det = (haa * hbb) - (hab * hab);
            var da = ((hbb * ga) - (hab * gb)) / det;
            var db = ((haa * gb) - (hab * ga)) / det;
            a -= da;
            b -= db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-9)
            {
                break;
            }
        }

        return ((float)a, (float)b);
    }

    private static double GoldenSection(Func<double, double> f, double low, double high)
    {
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var x1 = high - (ratio * (high - low));
        var x2 = low + (ratio * (high - low));
        double f1 = f(x1), f2 = f(x2);
        for (var i = 0; i < 60; i++)
        {
            if (f1 < f2)
            {
                high = x2;
                x2 = x1;
                f2 = f1;
                x1 = high - (ratio * (high - low));
                f1 = f(x1);
            }
            else
            {
                low = x1;
                x1 = x2;
                f1 = f2;
                x2 = low + (ratio * (high - low));
                f2 = f(x2);
            }
        }

        return (low + high) / 2;
    }
}
