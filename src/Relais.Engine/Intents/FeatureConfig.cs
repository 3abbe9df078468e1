namespace Relais.Engine.Intents;

/// <summary>
/// How text becomes hashed features. Stored in each model file so prediction always extracts exactly
/// what the model was trained on. <c>CueWeight</c> repeats each cue-lexicon feature (0: no cues).
/// </summary>
internal sealed record FeatureConfig(int BucketBits, int CharMin, int CharMax, int MaxChars, int CueWeight)
{
    /// <summary>Upper bound on features per message: bounds time and stack on huge bodies.</summary>
    public const int MaxFeatures = 8192;

    public int Buckets => 1 << BucketBits;
}
