using System.Globalization;
using System.Text;

namespace Relais.Engine.Intents.Training;

/// <summary>
/// Trains the shipped needs-reply model on a labelled dataset (parakweet-train sentences) plus the
/// committed corpus (French and English messages). With <c>evaluate</c>, a model trained and calibrated
/// on four fifths of both is first measured on the held-out fifth of each, by key hash.
/// </summary>
internal static class NeedsReplyTraining
{
    public static readonly FeatureConfig Features = new(BucketBits: 18, CharMin: 0, CharMax: 0, MaxChars: 3000, CueWeight: 2);
    public static readonly TrainerOptions Options = new(Epochs: 10, LearningRate: 0.3f);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static TrainedModel Train(IReadOnlyList<LabelledText> dataset, IReadOnlyList<LabelledText> corpus, bool evaluate)
    {
        var report = new StringBuilder();
        var all = dataset.Concat(corpus).ToArray();
        var features = CrossValidation.Extract(all, Features);
        var labels = all.Select(e => e.NeedsReply ? 1 : 0).ToArray();
        var folds = all.Select(e => e.Fold).ToArray();
        if (evaluate)
        {
            var train = Enumerable.Range(0, all.Length).Where(i => folds[i] != 0).ToArray();
            var model = Fit(train, features, labels, folds, report, "evaluation model (four fifths)");
            Score("held-out fifth of the dataset", Enumerable.Range(0, dataset.Count).Where(i => folds[i] == 0), model, features, labels, report);
            foreach (var language in new[] { "fr", "en" })
            {
                var members = Enumerable.Range(dataset.Count, corpus.Count).Where(i => folds[i] == 0 && all[i].Language == language);
                Score($"held-out fifth of the corpus ({language})", members, model, features, labels, report);
            }
        }

        var shipped = Fit(Enumerable.Range(0, all.Length).ToArray(), features, labels, folds, report, "shipped model (all data)");
        return new TrainedModel(shipped, report.ToString());
    }

    private static LinearModel Fit(int[] members, int[][] features, int[] labels, int[] folds, StringBuilder report, string title)
    {
        var outOfFold = CrossValidation.OutOfFold(members, features, labels, folds, 1, Features, Options);
        var scores = members.Select(m => outOfFold[m][0]).ToArray();
        var memberLabels = members.Select(m => labels[m]).ToArray();
        var (a, b) = Calibration.FitPlatt(scores, memberLabels);
        var model = CrossValidation.Train(members, features, labels, 1, Features, Options);
        model.CalibrationA = a;
        model.CalibrationB = b;
        model.Threshold = ChooseThreshold(scores, memberLabels, a, b, out var f1);
        report.AppendLine(Invariant, $"{title}: {members.Length} messages, Platt a={a:F3} b={b:F3}, threshold {model.Threshold:F2} (out-of-fold F1 {f1:F3})");
        return model;
    }

    /// <summary>The probability threshold in [0.3, 0.6] that maximises out-of-fold F1 (lowest on ties).</summary>
    private static float ChooseThreshold(float[] scores, int[] labels, float a, float b, out double bestF1)
    {
        var best = 0.5f;
        bestF1 = -1;
        for (var step = 0; step <= 30; step++)
        {
            var threshold = 0.3f + (step * 0.01f);
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < scores.Length; i++)
            {
                var yes = Probability.Sigmoid((a * scores[i]) + b) >= threshold;
                tp += yes && labels[i] == 1 ? 1 : 0;
                fp += yes && labels[i] == 0 ? 1 : 0;
                fn += !yes && labels[i] == 1 ? 1 : 0;
            }

            var f1 = Metrics.Prf(tp, fp, fn).F1;
            if (f1 > bestF1 + 1e-9)
            {
                (best, bestF1) = (threshold, f1);
            }
        }

        return best;
    }

    private static void Score(string title, IEnumerable<int> members, LinearModel model, int[][] features, int[] labels, StringBuilder report)
    {
        int tp = 0, fp = 0, fn = 0, n = 0, positives = 0;
        var confidences = new List<double>();
        var correct = new List<bool>();
        Span<float> score = stackalloc float[1];
        foreach (var m in members)
        {
            model.Logits(features[m], score);
            var prediction = NeedsReplyDecision.Decide(score[0], model);
            var gold = labels[m] == 1;
            tp += prediction.Value && gold ? 1 : 0;
            fp += prediction.Value && !gold ? 1 : 0;
            fn += !prediction.Value && gold ? 1 : 0;
            positives += gold ? 1 : 0;
            n++;
            confidences.Add(prediction.Confidence);
            correct.Add(prediction.Value == gold);
        }

        var (p, r, f) = Metrics.Prf(tp, fp, fn);
        var (_, _, baseline) = Metrics.Prf(positives, n - positives, 0);
        report.AppendLine(Invariant, $"{title}: {n} messages ({positives} need a reply): precision {p:F3} recall {r:F3} F1 {f:F3}, accuracy {correct.Count(c => c) / (double)Math.Max(1, n):F3} (majority baseline: F1 of always-true {baseline:F3}, accuracy of majority {Math.Max(positives, n - positives) / (double)Math.Max(1, n):F3})");
        Metrics.Reliability(confidences, correct, report);
    }
}
