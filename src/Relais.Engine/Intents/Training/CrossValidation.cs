namespace Relais.Engine.Intents.Training;

/// <summary>Feature extraction for a whole set and out-of-fold scores for calibration.</summary>
internal static class CrossValidation
{
    public static int[][] Extract(IReadOnlyList<LabelledText> examples, FeatureConfig config)
    {
        var buffer = new int[FeatureConfig.MaxFeatures];
        return examples.Select(e => buffer.AsSpan(0, FeatureExtractor.Extract(e.Subject, e.Text, config, buffer)).ToArray()).ToArray();
    }

    /// <summary>
    /// Trains on all folds of <paramref name="members"/> but one, scores that one, for each fold: every
    /// member gets a score from a model that never saw it.
    /// </summary>
    public static float[][] OutOfFold(
        IReadOnlyList<int> members, int[][] features, int[] labels, int[] folds, int classes, FeatureConfig config, TrainerOptions options)
    {
        var scores = new float[features.Length][];
        foreach (var fold in members.Select(m => folds[m]).Distinct().Order())
        {
            var train = members.Where(m => folds[m] != fold).ToArray();
            var model = Train(train, features, labels, classes, config, options);
            foreach (var m in members.Where(m => folds[m] == fold))
            {
                scores[m] = new float[classes];
                model.Logits(features[m], scores[m]);
            }
        }

        return scores;
    }

    public static LinearModel Train(IReadOnlyList<int> members, int[][] features, int[] labels, int classes, FeatureConfig config, TrainerOptions options) =>
        LogisticTrainer.Train(members.Select(m => features[m]).ToArray(), members.Select(m => labels[m]).ToArray(), classes, config, options);
}
