using BenchmarkDotNet.Running;
using Relais.Engine.Benchmarks;

// `dotnet run -c Release -- --stages DIR` times each stage over a folder of .eml (profiling help);
// anything else goes to BenchmarkDotNet (e.g. `-- --filter '*' --job short`).
if (args.Length == 2 && args[0] == "--stages")
{
    StageTimer.Run(args[1], Console.Out);
    return;
}

if (args.Length == 2 && args[0] == "--pipeline")
{
    PipelineTimer.Run(args[1], Console.Out);
    return;
}

if (args.Length == 2 && args[0] == "--probe") { Probe.Run(args[1]); return; }
if (args.Length == 2 && args[0] == "--top")
{
    StageTimer.Top(args[1], Console.Out);
    return;
}

// The dataset benchmarks need ../shared/datasets; without it they are left out, not failed.
Type[] benchmarks = [typeof(AnalyzeBenchmarks), typeof(DatasetBenchmarks)];
if (DatasetFolder.Find() is null)
{
    Console.WriteLine("Datasets folder not found (set RELAIS_DATASETS or keep shared/datasets beside the repository): DatasetBenchmarks skipped.");
    benchmarks = [typeof(AnalyzeBenchmarks)];
}

BenchmarkSwitcher.FromTypes(benchmarks).Run(args);
