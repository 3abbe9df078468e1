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

    private static int[] Features(string? subject, string text)
    {
        var buffer = new int[FeatureConfig.MaxFeatures];
        var count = FeatureExtractor.Extract(subject, text, Config, buffer);
        return [.. buffer[..count].Order()];
    }
}
