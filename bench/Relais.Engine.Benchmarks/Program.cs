using BenchmarkDotNet.Running;
using Relais.Engine.Benchmarks;

// `dotnet run -c Release -- --stages DIR` times each stage over a folder of .eml (profiling help);
// anything else goes to BenchmarkDotNet (e.g. `-- --filter '*' --job short`).
if (args.Length == 2 && args[0] == "--stages")
{
    StageTimer.Run(args[1], Console.Out);
    return;
}

if (args.Length == 2 && args[0] == "--probe") { Probe.Run(args[1]); return; }
if (args.Length == 2 && args[0] == "--top")
{
    StageTimer.Top(args[1], Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzeBenchmarks).Assembly).Run(args);
