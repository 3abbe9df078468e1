using Relais.Engine.Intents;

namespace Relais.Engine.Tests.Intents;

public sealed class FeatureExtractorTests
{
    private static readonly FeatureConfig Config = new(BucketBits: 18, CharMin: 3, CharMax: 4, MaxChars: 3000, CueWeight: 2);

    [Theory]
    [InlineData("Réclamation concernant les frais", "reclamation CONCERNANT les frais")]
    [InlineData("Désabonnement à la lettre", "desabonnement a la lettre")]
    [InlineData("Meilleurs vœux", "meilleurs voeux")]
    [InlineData("Devis pour 2 M€", "devis pour 7 M€")]
    public void Extract_CaseAccentsAndDigits_AreFolded(string a, string b)
    {
        Assert.Equal(Features(null, a), Features(null, b));
    }

    [Theory]
    [InlineData("demandes", "demander")]
    [InlineData("requested", "requests")]
    [InlineData("informations", "information")]
    public void StemLength_Inflections_ShareAStem(string a, string b)
    {
        Assert.Equal(a[..LightStemmer.StemLength(a)], b[..LightStemmer.StemLength(b)]);
    }

    [Fact]
    public void Extract_SubjectAndBody_AreDistinctNamespaces()
    {
        Assert.NotEqual(Features("Devis", ""), Features(null, "Devis"));
    }

    [Fact]
    public void Extract_HugeBody_StopsAtTheBounds()
    {
        var buffer = new int[FeatureConfig.MaxFeatures];
        var text = new string('a', 10_000_000) + " " + string.Concat(Enumerable.Repeat("pourriez-vous m'envoyer le rapport ? ", 300_000));

        var count = FeatureExtractor.Extract("Rapport", text, Config, buffer);

        Assert.InRange(count, 1, FeatureConfig.MaxFeatures);
        Assert.All(buffer[..count], f => Assert.InRange(f, 0, Config.Buckets - 1));
    }

    [Fact]
    public void Extract_CuePhrase_AddsItsGroupFeature()
    {
        var without = new FeatureConfig(18, 0, 0, 3000, CueWeight: 0);

        var withCues = FeatureExtractor.Extract(null, "Je me permets de vous relancer.", Config with { CharMax = 0, CharMin = 0 }, new int[256]);
        var withoutCues = FeatureExtractor.Extract(null, "Je me permets de vous relancer.", without, new int[256]);

        Assert.True(withCues > withoutCues);
    }

    [Theory]
    [InlineData((int)FeatureSet.RawWords, "Pleased to confirm, please send the forms.")]
    [InlineData((int)FeatureSet.Trigrams, "Could you send me the report?")]
    [InlineData((int)FeatureSet.SentenceShape, "Pourriez-vous me rappeler ?")]
    [InlineData((int)FeatureSet.SkipGrams, "Please could you kindly send it.")]
    [InlineData((int)FeatureSet.OpeningPairs, "If you have any questions, please call me.")]
    public void Extract_ExtraFamily_AddsItsFeatures(int family, string text)
    {
        var extras = (FeatureSet)family;
        var plain = Config with { CharMin = 0, CharMax = 0 };
        var buffer = new int[FeatureConfig.MaxFeatures];

        var without = FeatureExtractor.Extract(null, text, plain, buffer);
        var with = FeatureExtractor.Extract(null, text, plain with { Extras = extras }, buffer);

        Assert.True(with > without, $"{extras}: {with} features, {without} without");
    }

    [Fact]
    public void Extract_SentenceShape_MarksHowASentenceAddressingTheReaderEnds()
    {
        var plain = Config with { CharMin = 0, CharMax = 0, CueWeight = 0 };
        var shaped = plain with { Extras = FeatureSet.SentenceShape };

        var plainDifference = Difference(plain);
        var shapedDifference = Difference(shaped);

        // Beyond the '?' itself: first word and addressee, each crossed with the ending.
        Assert.Equal(plainDifference + 2, shapedDifference);

        static int Difference(FeatureConfig config)
        {
            int[] question = new int[64], statement = new int[64];
            var q = FeatureExtractor.Extract(null, "Vous venez demain ?", config, question);
            var s = FeatureExtractor.Extract(null, "Vous venez demain.", config, statement);
            return question[..q].Except(statement[..s]).Count();
        }
    }

    private static int[] Features(string? subject, string text)
    {
        var buffer = new int[FeatureConfig.MaxFeatures];
        var count = FeatureExtractor.Extract(subject, text, Config, buffer);
        return [.. buffer[..count].Order()];
    }
}
