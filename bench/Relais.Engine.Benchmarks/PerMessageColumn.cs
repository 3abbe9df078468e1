using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Relais.Engine.Benchmarks;

/// <summary>Adds the per-message columns to a <see cref="DatasetBenchmarks"/> summary.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PerMessageColumnAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddColumn(
        new PerMessageColumn("Messages", "messages in the dataset: one operation analyses them all", (_, count) => count.ToString(CultureInfo.InvariantCulture)),
        new PerMessageColumn("us/msg", "mean time per message (Mean / Messages)", (report, count) => (report.ResultStatistics!.Mean / 1000 / count).ToString("0.0", CultureInfo.InvariantCulture)),
        new PerMessageColumn("msg/s", "messages per second on one core (Messages / Mean)", (report, count) => (count * 1e9 / report.ResultStatistics!.Mean).ToString("N0", CultureInfo.InvariantCulture)),
        new PerMessageColumn("KB/msg", "managed allocation per message (Allocated / Messages)", (report, count) =>
            (report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) / 1024.0 / count ?? 0).ToString("0.0", CultureInfo.InvariantCulture)));
}

/// <summary>One figure of an operation divided by the dataset's message count (an operation analyses them all).</summary>
internal sealed class PerMessageColumn(string name, string legend, Func<BenchmarkReport, int, string> value) : IColumn
{
    private static readonly Dictionary<string, int> Counts = [];

    public string Id => "PerMessage." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        var dataset = benchmarkCase.Parameters["Dataset"] as string;
        var count = dataset is null ? 0 : Count(dataset);
        return report?.ResultStatistics is null || count == 0 ? "-" : value(report, count);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    private static int Count(string dataset)
    {
        lock (Counts)
        {
            if (!Counts.TryGetValue(dataset, out var count))
            {
                count = DatasetFolder.Find() is { } root ? DatasetFolder.Files(root, dataset).Length : 0;
                Counts[dataset] = count;
            }

            return count;
        }
    }
}
