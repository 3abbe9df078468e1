using BenchmarkDotNet.Attributes;

namespace Relais.Engine.Benchmarks;

/// <summary>
/// The real distribution: one operation analyses every message of one development dataset, read into memory once.
/// The per-message columns (<see cref="PerMessageColumn"/>) divide the operation's time and allocations by its
/// message count.
/// </summary>
[MemoryDiagnoser]
[PerMessageColumn]
public class DatasetBenchmarks
{
    private byte[][] _messages = [];
    private EmailAnalyzer _analyzer = new();

    [ParamsSource(nameof(Datasets))]
    public string Dataset { get; set; } = "";

    public static IEnumerable<string> Datasets() => DatasetFolder.Names;

    [GlobalSetup]
    public void Load()
    {
        var root = DatasetFolder.Find()
            ?? throw new InvalidOperationException("Datasets not found: set RELAIS_DATASETS or run from beside shared/datasets.");
        _messages = DatasetFolder.Files(root, Dataset).Select(File.ReadAllBytes).ToArray();
        _analyzer = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = DatasetFolder.Region(Dataset) });
    }

    [Benchmark(Description = "Analyze (every message of the dataset)")]
    public int AnalyzeDataset()
    {
        var total = 0;
        foreach (var mime in _messages)
        {
            using var stream = new MemoryStream(mime, 0, mime.Length, writable: false, publiclyVisible: true);
            total += _analyzer.Analyze(stream).Text.Length;
        }

        return total;
    }
}
