using System.Globalization;
using Relais.Engine.Automated;
using Relais.Engine.Mime;

namespace Relais.Engine.Benchmarks;

/// <summary>
/// Times the reading stage (MIME parse, body choice, HTML, quote cutting), automated detection and the full pipeline
/// over a folder of real messages, after a warm-up pass: where a message's microseconds go (thread CPU time, best of a few runs each).
/// </summary>
internal static class StageTimer
{
    public static void Run(string folder, TextWriter output)
    {
        var messages = Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var analyzer = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = "US" });
        JitWarmup.UntilSettled(() => Pass(messages, analyzer, 1).Count, output);
        var (read, automated, full, _) = Pass(messages, analyzer, Repeats);
        var n = messages.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n} messages, mean per message: read {read / n:0.0} us, automated {automated / n:0.0} us, full pipeline {full / n:0.0} us ({1e6 / (full / n):0} msg/s on one core)"));
    }

    /// <summary>The slowest messages of a folder for automated detection and reading (error analysis).</summary>
    public static void Top(string folder, TextWriter output)
    {
        var files = Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var analyzer = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = "US" });
        var all = files.Select(File.ReadAllBytes).ToList();
        JitWarmup.UntilSettled(() => Pass(all, analyzer, 1).Count, output);
        var rows = new List<(double Read, double Automated, string File)>();
        foreach (var file in files)
        {
            var mime = File.ReadAllBytes(file);
            double bestRead = double.MaxValue, bestAutomated = double.MaxValue;
            for (var r = 0; r < Repeats; r++)
            {
                var start = ThreadClock.Microseconds();
                var message = MessageReader.Read(Stream(mime));
                var afterRead = ThreadClock.Microseconds();
                AutomatedDetector.Detect(message, message.OwnLines);
                var end = ThreadClock.Microseconds();
                message.Message?.Dispose();
                bestRead = Math.Min(bestRead, afterRead - start);
                bestAutomated = Math.Min(bestAutomated, end - afterRead);
            }

            rows.Add((bestRead, bestAutomated, Path.GetFileName(file)));
        }

        foreach (var row in rows.OrderByDescending(r => r.Read + r.Automated).Take(8))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.File}: read {row.Read:0.0} us, automated {row.Automated:0.0} us"));
        }
    }

    // The machine may be shared: each message is timed a few times and its fastest run kept.
    private const int Repeats = 5;

    private static (double Read, double Automated, double Full, int Count) Pass(List<byte[]> messages, EmailAnalyzer analyzer, int repeats)
    {
        double read = 0, automated = 0, full = 0;
        foreach (var mime in messages)
        {
            double bestRead = double.MaxValue, bestAutomated = double.MaxValue, bestFull = double.MaxValue;
            for (var r = 0; r < repeats; r++)
            {
                var start = ThreadClock.Microseconds();
                var message = MessageReader.Read(Stream(mime));
                var afterRead = ThreadClock.Microseconds();
                AutomatedDetector.Detect(message, message.OwnLines);
                message.Message?.Dispose();
                var afterAutomated = ThreadClock.Microseconds();
                analyzer.Analyze(Stream(mime));
                var end = ThreadClock.Microseconds();
                bestRead = Math.Min(bestRead, afterRead - start);
                bestAutomated = Math.Min(bestAutomated, afterAutomated - afterRead);
                bestFull = Math.Min(bestFull, end - afterAutomated);
            }

            read += bestRead;
            automated += bestAutomated;
            full += bestFull;
        }

        return (read, automated, full, messages.Count);
    }

    private static MemoryStream Stream(byte[] mime) => new(mime, 0, mime.Length, writable: false, publiclyVisible: true);
}
