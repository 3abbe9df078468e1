namespace Relais.Engine.Intents;

/// <summary>Optional feature families on top of words, bigrams, cues and character n-grams.</summary>
[Flags]
internal enum FeatureSet
{
    None = 0,

    /// <summary>The whole folded word as well as its stem when they differ ("please" and "pleased" share a stem).</summary>
    RawWords = 1,

    /// <summary>Word trigrams, sentence start included ("BOS could you").</summary>
    Trigrams = 2,

    /// <summary>Per sentence: first word × closing punctuation, addressee (you, vous) × punctuation, first word × addressee.</summary>
    SentenceShape = 4,

    /// <summary>Word pairs two to four words apart within a sentence ("please ... send").</summary>
    SkipGrams = 8,

    /// <summary>Each word of a sentence paired with the sentence's first word ("if" ... "please").</summary>
    OpeningPairs = 16,
}

/// <summary>
/// How text becomes hashed features. Stored in each model file so prediction always extracts exactly
/// what the model was trained on. <c>CueWeight</c> repeats each cue-lexicon feature (0: no cues).
/// </summary>
internal sealed record FeatureConfig(int BucketBits, int CharMin, int CharMax, int MaxChars, int CueWeight, FeatureSet Extras = FeatureSet.None)
{
    /// <summary>Upper bound on features per message: bounds time and stack on huge bodies.</summary>
    public const int MaxFeatures = 8192;

    public int Buckets => 1 << BucketBits;
}
