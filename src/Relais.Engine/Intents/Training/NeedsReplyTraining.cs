using System.Globalization;
using System.Text;

namespace Relais.Engine.Intents.Training;

/// <summary>How the needs-reply model is built: features and trainer hyper-parameters.</summary>
internal sealed record NeedsReplySetup(string Name, FeatureConfig Features, TrainerOptions Options, bool SplitCalibration = false, int CorpusWeight = 1);

/// <summary>
/// Trains the shipped needs-reply model on a labelled dataset (parakweet-train sentences) plus the
/// committed corpus (French and English messages). With <c>evaluate</c>, it first reports five-fold
/// cross-validation (each fifth of both held out in turn, by key hash) and the fixed held-out fifth (fold 0).
/// </summary>
internal static class NeedsReplyTraining
{
    // Chosen by five-fold cross-validation (relais train needs-reply --compare): word pairs within a
    // sentence (skip-grams, pairs with the opening word) and sentence shape add what single words miss
    // ("if you ... please" is an offer, "could you ... ?" a request); the threshold is fitted on the
    // dataset's out-of-fold scores, the kind of text acceptance measures.
    public static readonly NeedsReplySetup Shipped = new(
        "shipped",
        new FeatureConfig(
            BucketBits: 18, CharMin: 0, CharMax: 0, MaxChars: 3000, CueWeight: 2,
            Extras: FeatureSet.RawWords | FeatureSet.Trigrams | FeatureSet.SentenceShape | FeatureSet.SkipGrams | FeatureSet.OpeningPairs),
        new TrainerOptions(Epochs: 10, LearningRate: 0.1f),
        SplitCalibration: true);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static TrainedModel Train(IReadOnlyList<LabelledText> dataset, IReadOnlyList<LabelledText> corpus, bool evaluate) =>
        Train(dataset, corpus, evaluate, Shipped);

    public static TrainedModel Train(IReadOnlyList<LabelledText> dataset, IReadOnlyList<LabelledText> corpus, bool evaluate, NeedsReplySetup setup)
    {
        var report = new StringBuilder();
        var data = new Data(dataset, corpus, setup.Features);
        if (evaluate)
        {
            var cv = CrossValidate(data, setup);
            report.AppendLine(Invariant, $"five-fold cross-validation on {dataset.Count} dataset messages: {cv.Describe()}");
            var model = Fit(data, data.Except(0), setup, report, "evaluation model (four fifths)");
            Score("held-out fifth of the dataset", data.DatasetFold(0), model, data, report);
            foreach (var language in new[] { "fr", "en" })
            {
                Score($"held-out fifth of the corpus ({language})", data.CorpusFold(0, language), model, data, report);
            }
        }

        var shipped = Fit(data, Enumerable.Range(0, data.Count).ToArray(), setup, report, "shipped model (all data)");
        return new TrainedModel(shipped, report.ToString());
    }

    /// <summary>Five-fold figures of several setups side by side (the choices behind <see cref="Shipped"/>).</summary>
    public static string Compare(IReadOnlyList<LabelledText> dataset, IReadOnlyList<LabelledText> corpus, IEnumerable<NeedsReplySetup> setups)
    {
        var report = new StringBuilder();
        var extracted = new Dictionary<FeatureConfig, Data>();
        foreach (var setup in setups)
        {
            if (!extracted.TryGetValue(setup.Features, out var data))
            {
                extracted[setup.Features] = data = new Data(dataset, corpus, setup.Features);
            }

            report.AppendLine(Invariant, $"{setup.Name,-28} {CrossValidate(data, setup).Describe()}");
        }

        return report.ToString();
    }

    internal static CrossValidated CrossValidate(Data data, NeedsReplySetup setup)
    {
        var f1s = new double[LabelledText.Folds];
        var corpus = new Dictionary<string, Counts> { ["fr"] = default, ["en"] = default };
        for (var fold = 0; fold < LabelledText.Folds; fold++)
        {
            var model = Fit(data, data.Except(fold), setup, null, null);
            f1s[fold] = Count(data.DatasetFold(fold), model, data, null).F1;
            foreach (var language in corpus.Keys)
            {
                corpus[language] = corpus[language].Add(Count(data.CorpusFold(fold, language), model, data, null));
            }
        }

        return new CrossValidated(f1s, corpus["fr"].F1, corpus["en"].F1);
    }

    private static LinearModel Fit(Data data, int[] members, NeedsReplySetup setup, StringBuilder? report, string? title)
    {
        // The written corpus is clean and the only French: repeating it weighs it against the larger, noisier dataset.
        var training = members.Concat(Enumerable.Repeat(members.Where(m => !data.IsDataset(m)), setup.CorpusWeight - 1).SelectMany(m => m)).ToArray();
        var outOfFold = CrossValidation.OutOfFold(training, data.Features, data.Labels, data.Folds, 1, setup.Features, setup.Options);
        var model = CrossValidation.Train(training, data.Features, data.Labels, 1, setup.Features, setup.Options);
        var sentences = setup.SplitCalibration ? members.Where(m => !data.HasSubject(m)).ToArray() : members;
        var mails = setup.SplitCalibration ? members.Where(data.HasSubject).ToArray() : members;
        (model.CalibrationA, model.CalibrationB, model.Threshold) = Calibrate(sentences, outOfFold, data, report, $"{title}, lone sentences");
        model.MailCalibration = Calibrate(mails, outOfFold, data, report, $"{title}, messages with a subject");
        return model;
    }

    private static (float A, float B, float Threshold) Calibrate(int[] members, float[][] outOfFold, Data data, StringBuilder? report, string title)
    {
        var scores = members.Select(m => outOfFold[m][0]).ToArray();
        var labels = members.Select(m => data.Labels[m]).ToArray();
        var (a, b) = Calibration.FitPlatt(scores, labels);
        var threshold = ChooseThreshold(scores, labels, a, b, out var f1);
        report?.AppendLine(Invariant, $"{title}: {members.Length} messages, Platt a={a:F3} b={b:F3}, threshold {threshold:F2} (out-of-fold F1 {f1:F3})");
        return (a, b, threshold);
    }

    /// <summary>The probability threshold in [0.25, 0.75] that maximises out-of-fold F1 (lowest on ties).</summary>
    private static float ChooseThreshold(float[] scores, int[] labels, float a, float b, out double bestF1)
    {
        var best = 0.5f;
        bestF1 = -1;
        for (var step = 0; step <= 50; step++)
        {
            var threshold = 0.25f + (step * 0.01f);
            var counts = default(Counts);
            for (var i = 0; i < scores.Length; i++)
            {
                counts = counts.Add(Probability.Sigmoid((a * scores[i]) + b) >= threshold, labels[i] == 1);
            }

            if (counts.F1 > bestF1 + 1e-9)
            {
                (best, bestF1) = (threshold, counts.F1);
            }
        }

        return best;
    }

    private static void Score(string title, int[] members, LinearModel model, Data data, StringBuilder report)
    {
        var confidences = new List<double>();
        var correct = new List<bool>();
        var counts = Count(members, model, data, (prediction, gold) =>
        {
            confidences.Add(prediction.Confidence);
            correct.Add(prediction.Value == gold);
        });
        var n = members.Length;
        var positives = counts.TruePositives + counts.FalseNegatives;
        var (p, r, f) = Metrics.Prf(counts.TruePositives, counts.FalsePositives, counts.FalseNegatives);
        var (_, _, baseline) = Metrics.Prf(positives, n - positives, 0);
        report.AppendLine(Invariant, $"{title}: {n} messages ({positives} need a reply): precision {p:F3} recall {r:F3} F1 {f:F3}, accuracy {correct.Count(c => c) / (double)Math.Max(1, n):F3} (majority baseline: F1 of always-true {baseline:F3}, accuracy of majority {Math.Max(positives, n - positives) / (double)Math.Max(1, n):F3})");
        Metrics.Reliability(confidences, correct, report);
    }

    private static Counts Count(int[] members, LinearModel model, Data data, Action<NeedsReplyPrediction, bool>? observe)
    {
        var counts = default(Counts);
        Span<float> score = stackalloc float[1];
        foreach (var m in members)
        {
            model.Logits(data.Features[m], score);
            var prediction = NeedsReplyDecision.Decide(score[0], model, data.HasSubject(m));
            var gold = data.Labels[m] == 1;
            counts = counts.Add(prediction.Value, gold);
            observe?.Invoke(prediction, gold);
        }

        return counts;
    }

    /// <summary>Dataset and corpus together, features extracted once; dataset messages come first.</summary>
    internal sealed class Data
    {
        private readonly LabelledText[] _all;
        private readonly int _datasetCount;

        public Data(IReadOnlyList<LabelledText> dataset, IReadOnlyList<LabelledText> corpus, FeatureConfig config)
        {
            _all = [.. dataset, .. corpus];
            _datasetCount = dataset.Count;
            Features = CrossValidation.Extract(_all, config);
            Labels = _all.Select(e => e.NeedsReply ? 1 : 0).ToArray();
            Folds = _all.Select(e => e.Fold).ToArray();
        }

        public int Count => _all.Length;

        public string Text(int i) => _all[i].Text;

        public bool IsDataset(int i) => i < _datasetCount;

        public bool HasSubject(int i) => !string.IsNullOrWhiteSpace(_all[i].Subject);

        public int[][] Features { get; }

        public int[] Labels { get; }

        public int[] Folds { get; }

        public int[] Except(int fold) => Enumerable.Range(0, Count).Where(i => Folds[i] != fold).ToArray();

        public int[] DatasetFold(int fold) => Enumerable.Range(0, _datasetCount).Where(i => Folds[i] == fold).ToArray();

        public int[] CorpusFold(int fold, string language) =>
            Enumerable.Range(_datasetCount, Count - _datasetCount).Where(i => Folds[i] == fold && _all[i].Language == language).ToArray();
    }
}

/// <summary>Confusion counts of a binary decision.</summary>
internal readonly record struct Counts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double F1 => Metrics.Prf(TruePositives, FalsePositives, FalseNegatives).F1;

    public Counts Add(bool predicted, bool gold) => new(
        TruePositives + (predicted && gold ? 1 : 0), FalsePositives + (predicted && !gold ? 1 : 0), FalseNegatives + (!predicted && gold ? 1 : 0));

    public Counts Add(Counts other) => new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives);
}

/// <summary>Five-fold F1 on the dataset, and the corpus's French and English F1 pooled over the folds.</summary>
internal sealed record CrossValidated(double[] FoldF1, double CorpusFrench, double CorpusEnglish)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"F1 mean {FoldF1.Average():F3} min {FoldF1.Min():F3} max {FoldF1.Max():F3} [{string.Join(" ", FoldF1.Select(f => f.ToString("F3", CultureInfo.InvariantCulture)))}]; corpus fr {CorpusFrench:F3} en {CorpusEnglish:F3}");
}
