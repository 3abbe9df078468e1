using Relais.Engine.Intents;
using Relais.Engine.Intents.Training;

namespace Relais.Engine.Tests.Intents;

public sealed class LinearModelTests
{
    [Fact]
    public void Deserialize_SerializedModel_ScoresTheSame()
    {
        var config = new FeatureConfig(BucketBits: 10, CharMin: 0, CharMax: 0, MaxChars: 500, CueWeight: 1, Extras: FeatureSet.SkipGrams | FeatureSet.SentenceShape);
        var model = new LinearModel(config, 3) { CalibrationA = 0.7f, CalibrationB = 0.1f, Threshold = 0.35f, MailCalibration = (1.5f, -0.2f, 0.45f) };
        for (var i = 0; i < model.Weights.Length; i += 7)
        {
            model.Weights[i] = (i % 13) - 6;
        }

        model.Bias[1] = 0.5f;
        model.Quantize();

        var copy = LinearModel.Deserialize(new MemoryStream(model.Serialize()));

        int[] features = [3, 17, 17, 512, 1023];
        float[] expected = new float[3], actual = new float[3];
        model.Logits(features, expected);
        copy.Logits(features, actual);
        Assert.Equal(expected, actual);
        Assert.Equal((config, 0.7f, 0.1f, 0.35f, (1.5f, -0.2f, 0.45f)), (copy.Config, copy.CalibrationA, copy.CalibrationB, copy.Threshold, copy.MailCalibration));
    }

    [Fact]
    public void Deserialize_NotAModel_Throws()
    {
        var notAModel = new MemoryStream(new LinearModel(new FeatureConfig(4, 0, 0, 10, 0), 1).Serialize()[..3]);

        Assert.ThrowsAny<Exception>(() => LinearModel.Deserialize(notAModel));
    }
}

public sealed class CalibrationTests
{
    [Fact]
    public void FitTemperature_OverconfidentScores_SoftensThem()
    {
        // Right only 60 % of the time yet scored with a margin of 5: the temperature must exceed 1.
        var logits = Enumerable.Range(0, 100).Select(_ => new float[] { 5, 0, 0 }).ToArray();
        var labels = Enumerable.Range(0, 100).Select(i => i % 5 < 3 ? 0 : 1).ToArray();

        var temperature = Calibration.FitTemperature(logits, labels);

        Span<float> probabilities = stackalloc float[3];
        Probability.Softmax(logits[0], temperature, probabilities);
        Assert.True(temperature > 1);
        Assert.InRange(probabilities[0], 0.55, 0.65);
    }

    [Fact]
    public void FitPlatt_OverconfidentLowScores_LowersThem()
    {
        // A score of 1 (sigmoid 0.73) is right only a quarter of the time; a score of 3 always.
        var scores = Enumerable.Range(0, 400).Select(i => (float)((i % 2 == 0) ? 3 : 1)).ToArray();
        var labels = Enumerable.Range(0, 400).Select(i => i % 2 == 0 || i % 8 == 1 ? 1 : 0).ToArray();

        var (a, b) = Calibration.FitPlatt(scores, labels);

        Assert.InRange(Probability.Sigmoid((a * 1) + b), 0.22, 0.28);
        Assert.InRange(Probability.Sigmoid((a * 3) + b), 0.97, 1);
    }

    [Theory]
    [InlineData(8, 2, 2, 0.8, 0.8)]
    [InlineData(0, 0, 5, 0, 0)]
    public void Prf_Counts_GivePrecisionRecall(int tp, int fp, int fn, double precision, double recall)
    {
        var (p, r, _) = Metrics.Prf(tp, fp, fn);

        Assert.Equal((precision, recall), (Math.Round(p, 3), Math.Round(r, 3)));
    }
}
