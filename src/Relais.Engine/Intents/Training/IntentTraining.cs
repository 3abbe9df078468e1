using System.Globalization;
using System.Text;

namespace Relais.Engine.Intents.Training;

/// <summary>A trained model and the text report of how it was measured.</summary>
internal sealed record TrainedModel(LinearModel Model, string Report);

/// <summary>
/// Trains the shipped intent model on the committed corpus. With <c>evaluate</c>, first measures on the
/// held-out fifth (fold 0) a model trained, calibrated and thresholded on the other four fifths only;
/// the shipped model is then trained on everything, its temperature and threshold fitted out-of-fold.
/// </summary>
internal static class IntentTraining
{
    public static readonly FeatureConfig Features = new(BucketBits: 16, CharMin: 0, CharMax: 0, MaxChars: 3000, CueWeight: 2);
    public static readonly TrainerOptions Options = new(Epochs: 12, LearningRate: 0.2f);

    // A label is given only when the model finds it more likely right than wrong; below, "other". The
    // report prints held-out macro-F1 for other thresholds: 0.5 costs nothing in-domain and keeps
    // unfamiliar mail (trading chatter, tables) from being forced into a label.
    private const float OtherThreshold = 0.5f;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly int Classes = Enum.GetValues<Intent>().Length;
    private static readonly string[] Names = Enum.GetValues<Intent>().Select(IntentCorpus.Code).ToArray();

    public static TrainedModel Train(IReadOnlyList<LabelledText> corpus, bool evaluate)
    {
        var report = new StringBuilder();
        var features = CrossValidation.Extract(corpus, Features);
        var labels = corpus.Select(e => (int)e.Intent).ToArray();
        var folds = corpus.Select(e => e.Fold).ToArray();
        if (evaluate)
        {
            CrossValidate(features, labels, folds, report);
            Evaluate(corpus, features, labels, folds, report);
        }

        var all = Enumerable.Range(0, corpus.Count).ToArray();
        var model = Fit(all, features, labels, folds, report, "shipped model (all data)");
        return new TrainedModel(model, report.ToString());
    }

    private static LinearModel Fit(int[] members, int[][] features, int[] labels, int[] folds, StringBuilder? report, string? title)
    {
        var outOfFold = CrossValidation.OutOfFold(members, features, labels, folds, Classes, Features, Options);
        var memberScores = members.Select(m => outOfFold[m]).ToArray();
        var memberLabels = members.Select(m => labels[m]).ToArray();
        var temperature = Calibration.FitTemperature(memberScores, memberLabels);
        var predicted = memberScores.Select(s => (int)IntentDecision.Decide(s, temperature, OtherThreshold).Label).ToArray();
        var macro = Metrics.PerClass(memberLabels, predicted, Names, new StringBuilder());
        var model = CrossValidation.Train(members, features, labels, Classes, Features, Options);
        model.CalibrationA = temperature;
        model.Threshold = OtherThreshold;
        report?.AppendLine(Invariant, $"{title}: {members.Length} messages, temperature {temperature:F3}, other-threshold {OtherThreshold:F2} (out-of-fold macro-F1 {macro:F3})");
        return model;
    }

    /// <summary>
    /// Each fifth held out in turn (a model trained and calibrated on the other four): macro-F1 per fold,
    /// then per-label figures and the reliability table pooled over all held-out predictions.
    /// </summary>
    private static void CrossValidate(int[][] features, int[] labels, int[] folds, StringBuilder report)
    {
        var gold = new List<int>();
        var predicted = new List<IntentPrediction>();
        var macros = new double[LabelledText.Folds];
        for (var fold = 0; fold < LabelledText.Folds; fold++)
        {
            var test = Enumerable.Range(0, labels.Length).Where(i => folds[i] == fold).ToArray();
            var model = Fit(Enumerable.Range(0, labels.Length).Where(i => folds[i] != fold).ToArray(), features, labels, folds, null, null);
            var predictions = test.Select(i => Predict(model, features[i])).ToArray();
            macros[fold] = Metrics.PerClass(test.Select(i => labels[i]).ToArray(), predictions.Select(p => (int)p.Label).ToArray(), Names, new StringBuilder());
            gold.AddRange(test.Select(i => labels[i]));
            predicted.AddRange(predictions);
        }

        report.AppendLine(Invariant, $"five-fold cross-validation: macro-F1 mean {macros.Average():F3} min {macros.Min():F3} max {macros.Max():F3} [{string.Join(" ", macros.Select(m => m.ToString("F3", Invariant)))}]; pooled:");
        Metrics.PerClass(gold, predicted.Select(p => (int)p.Label).ToArray(), Names, report);
        Metrics.Reliability(predicted.Select(p => p.Confidence).ToArray(), predicted.Select((p, k) => (int)p.Label == gold[k]).ToArray(), report);
    }

    private static void Evaluate(IReadOnlyList<LabelledText> corpus, int[][] features, int[] labels, int[] folds, StringBuilder report)
    {
        var train = Enumerable.Range(0, corpus.Count).Where(i => folds[i] != 0).ToArray();
        var test = Enumerable.Range(0, corpus.Count).Where(i => folds[i] == 0).ToArray();
        var model = Fit(train, features, labels, folds, report, "evaluation model (four fifths)");
        var predictions = test.Select(i => Predict(model, features[i])).ToArray();
        var gold = test.Select(i => labels[i]).ToArray();
        var predicted = predictions.Select(p => (int)p.Label).ToArray();
        report.AppendLine(Invariant, $"held-out fifth: {test.Length} messages");
        Metrics.PerClass(gold, predicted, Names, report);
        foreach (var language in new[] { "fr", "en" })
        {
            var subset = test.Select((m, k) => (m, k)).Where(x => corpus[x.m].Language == language).Select(x => x.k).ToArray();
            var languageReport = new StringBuilder();
            var macro = Metrics.PerClass(subset.Select(k => gold[k]).ToArray(), subset.Select(k => predicted[k]).ToArray(), Names, languageReport);
            report.AppendLine(Invariant, $"held-out {language}: {subset.Length} messages, macro-F1 {macro:F3}");
        }

        var sweep = Enumerable.Range(2, 6).Select(step => step * 0.1f).Select(threshold =>
        {
            var atThreshold = test.Select(i => (int)Predict(model, features[i], threshold).Label).ToArray();
            return string.Create(Invariant, $"{threshold:F1}: {Metrics.PerClass(gold, atThreshold, Names, new StringBuilder()):F3}");
        });
        report.AppendLine(Invariant, $"held-out macro-F1 by other-threshold: {string.Join(", ", sweep)}");
        Metrics.Confusions(gold, predicted, Names, report);
        Metrics.Reliability(predictions.Select(p => p.Confidence).ToArray(), predicted.Select((p, k) => p == gold[k]).ToArray(), report);
    }

    private static IntentPrediction Predict(LinearModel model, int[] features, float? threshold = null)
    {
        Span<float> logits = stackalloc float[model.Classes];
        model.Logits(features, logits);
        return IntentDecision.Decide(logits, model.CalibrationA, threshold ?? model.Threshold);
    }
}
