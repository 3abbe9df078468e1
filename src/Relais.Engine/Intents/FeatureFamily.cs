namespace Relais.Engine.Intents;

/// <summary>
/// The feature families (hash namespaces) of <see cref="FeatureExtractor"/>, and which of them a model's config takes.
/// The numbers are part of every feature's hash: changing one changes the features the shipped models were trained on.
/// </summary>
internal static class FeatureFamily
{
    public const uint SubjectWord = 1, Word = 2, Bigram = 3, CharGram = 4, Length = 5, Cue = 6, SubjectCue = 7, Opening = 8, RawWord = 9, Trigram = 10, Shape = 11, SubjectRawWord = 12, Skip = 13, OpeningPair = 14;

    /// <summary>Families are numbered from 0 (unused) to <c>Count - 1</c>.</summary>
    public const int Count = 15;

    /// <summary>How many times a config takes each family's features: once, never (a family it leaves out), or its cue weight.</summary>
    public static void Repeats(FeatureConfig config, Span<int> repeats)
    {
        repeats.Clear();
        repeats[(int)SubjectWord] = repeats[(int)Word] = repeats[(int)Bigram] = repeats[(int)Length] = 1;
        repeats[(int)CharGram] = config.CharMax == 0 ? 0 : 1;
        repeats[(int)Cue] = repeats[(int)SubjectCue] = repeats[(int)Opening] = config.CueWeight;
        repeats[(int)RawWord] = repeats[(int)SubjectRawWord] = Has(config, FeatureSet.RawWords);
        repeats[(int)Trigram] = Has(config, FeatureSet.Trigrams);
        repeats[(int)Shape] = Has(config, FeatureSet.SentenceShape);
        repeats[(int)Skip] = Has(config, FeatureSet.SkipGrams);
        repeats[(int)OpeningPair] = Has(config, FeatureSet.OpeningPairs);

        static int Has(FeatureConfig config, FeatureSet family) => (config.Extras & family) != 0 ? 1 : 0;
    }
}
