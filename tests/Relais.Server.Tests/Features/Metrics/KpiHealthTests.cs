using Relais.Server.Features.Metrics;

namespace Relais.Server.Tests.Features.Metrics;

public sealed class KpiHealthTests
{
    [Theory]
    [InlineData(KpiHealth.SignatureParseSuccess, 0.70, "green")]
    [InlineData(KpiHealth.SignatureParseSuccess, 0.69, "orange")]
    [InlineData(KpiHealth.SignatureParseSuccess, 0.50, "orange")]
    [InlineData(KpiHealth.SignatureParseSuccess, 0.49, "red")]
    [InlineData(KpiHealth.CacheHitRate, 0.80, "green")]
    [InlineData(KpiHealth.CacheHitRate, 0.79, "orange")]
    [InlineData(KpiHealth.CacheHitRate, 0.60, "orange")]
    [InlineData(KpiHealth.CacheHitRate, 0.59, "red")]
    [InlineData(KpiHealth.AverageProcessingTime, 4999, "green")]
    [InlineData(KpiHealth.AverageProcessingTime, 5000, "orange")]
    [InlineData(KpiHealth.AverageProcessingTime, 10000, "orange")]
    [InlineData(KpiHealth.AverageProcessingTime, 10001, "red")]
    [InlineData(KpiHealth.IntentDetection, 0.7, "green")]
    [InlineData(KpiHealth.IntentDetection, 0.5, "orange")]
    [InlineData(KpiHealth.IntentDetection, 0.3, "red")]
    [InlineData(KpiHealth.ErrorRate, 0.02, "green")]
    [InlineData(KpiHealth.ErrorRate, 0.03, "orange")]
    [InlineData(KpiHealth.ErrorRate, 0.05, "orange")]
    [InlineData(KpiHealth.ErrorRate, 0.051, "red")]
    public void Band_Value_GivesTheSeedsBand(string kpi, double value, string expected) =>
        Assert.Equal(expected, KpiHealth.Band(kpi, value));

    [Fact]
    public void Band_NoValue_IsUnknown() => Assert.Equal("unknown", KpiHealth.Band(KpiHealth.ErrorRate, null));

    [Theory]
    [InlineData("green,orange,unknown", "orange")]
    [InlineData("green,red,orange", "red")]
    [InlineData("green,unknown", "green")]
    [InlineData("unknown,unknown", "unknown")]
    public void Overall_Bands_IsTheWorstKnown(string bands, string expected) =>
        Assert.Equal(expected, KpiHealth.Overall(bands.Split(',')));

    [Fact]
    public void Histogram_Percentile_IsTheBucketUpperEdgeWithin9Percent()
    {
        var times = Enumerable.Range(1, 1000).Select(i => i * 0.37).ToList();
        var exact = LatencyHistogram.Exact(times, 0.95)!.Value;
        var approx = LatencyHistogram.FromBuckets(times.Select(t => (LatencyHistogram.BucketOf(t), 1)), 0.95)!.Value;

        Assert.Equal(351.5, exact, 3);                           // rank 950 × 0.37
        Assert.InRange(approx, exact, exact * 1.0906);
    }
}
