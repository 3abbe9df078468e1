namespace Relais.Engine.Intents.Training;

/// <summary>The alternatives measured against <see cref="NeedsReplyTraining.Shipped"/> (<c>relais train needs-reply --compare</c>).</summary>
internal static class NeedsReplyExperiments
{
    public static IEnumerable<NeedsReplySetup> Setups()
    {
        var s = NeedsReplyTraining.Shipped;
        yield return s;
        var words = s with { Features = s.Features with { Extras = FeatureSet.None }, Options = s.Options with { LearningRate = 0.3f }, SplitCalibration = false };
        yield return words with { Name = "words only (previous model)" };
        yield return s with { Name = "2^20 buckets", Features = s.Features with { BucketBits = 20 } };
        yield return s with { Name = "2^17 buckets", Features = s.Features with { BucketBits = 17 } };
        yield return s with { Name = "learning rate 0.15", Options = s.Options with { LearningRate = 0.15f } };
        yield return s with { Name = "learning rate 0.2", Options = s.Options with { LearningRate = 0.2f } };
        yield return s with { Name = "15 epochs", Options = s.Options with { Epochs = 15 } };
        yield return s with { Name = "5 seeds averaged", Options = s.Options with { Bag = 5 } };
        yield return s with { Name = "one calibration", SplitCalibration = false };
        yield return words with { Name = "words split", SplitCalibration = true };
    }
}
