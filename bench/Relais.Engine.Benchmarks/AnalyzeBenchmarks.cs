using BenchmarkDotNet.Attributes;
using Relais.Engine.Mime;

namespace Relais.Engine.Benchmarks;

/// <summary>Per-message analysis over the sample mix: mean time per message and allocations (MemoryDiagnoser).</summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private readonly EmailAnalyzer _analyzer = new(new AnalyzerOptions { DefaultRegion = "FR" });

    [ParamsSource(nameof(Names))]
    public string Message { get; set; } = "";

    public static IEnumerable<string> Names() => SampleMessages.All.Select(m => m.Name).Append("mix");

    [Benchmark(Description = "Analyze (full pipeline)")]
    public int Analyze()
    {
        var total = 0;
        foreach (var mime in Selected())
        {
            using var stream = new MemoryStream(mime, 0, mime.Length, writable: false, publiclyVisible: true);
            total += _analyzer.Analyze(stream).Text.Length;
        }

        return total;
    }

    [Benchmark(Description = "Read (MIME + text cleaning only)")]
    public int Read()
    {
        var total = 0;
        foreach (var mime in Selected())
        {
            using var stream = new MemoryStream(mime, 0, mime.Length, writable: false, publiclyVisible: true);
            var read = MessageReader.Read(stream);
            total += read.OwnLines.Length;
            read.Message?.Dispose(); // as the pipeline does: MimeKit entities have finalizers
        }

        return total;
    }

    // "mix" runs every sample once; divide its figures by the sample count for a mean message.
    private IEnumerable<byte[]> Selected() =>
        Message == "mix" ? SampleMessages.All.Select(m => m.Mime) : SampleMessages.All.Where(m => m.Name == Message).Select(m => m.Mime);
}
