using System.Diagnostics;
using System.Globalization;
using Relais.Engine;
using Relais.Engine.Contacts;
using Relais.Engine.Mime;
using Relais.Engine.Signatures;

namespace Relais.Cli.Train;

/// <summary>
/// A quick timing loop over the dataset messages: the mean cost of signature detection plus contact
/// extraction per message, MIME parsing and quote cutting excluded (read once, before the clock).
/// </summary>
internal static class StageTiming
{
    private const int Rounds = 16;

    public static void Run(string datasets, TextWriter log)
    {
        var all = new List<(string[] Lines, Sender? From)>();
        var signed = new List<(string[] Lines, Sender? From)>();
        foreach (var folder in new[] { "forge", "quagga-enron", "sisimai", "parakweet-train" })
        {
            var path = Path.Combine(datasets, folder);
            foreach (var file in Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.eml").Order(StringComparer.Ordinal).ToArray() : [])
            {
                using var stream = File.OpenRead(file);
                var read = MessageReader.Read(stream);
                all.Add((read.OwnLines, read.From));
                if (folder is "forge" or "quagga-enron")
                {
                    signed.Add((read.OwnLines, read.From));
                }
            }
        }

        Measure("all datasets", all, log);
        Measure("forge + quagga-enron", signed, log);
    }

    private static void Measure(string name, List<(string[] Lines, Sender? From)> inputs, TextWriter log)
    {
        var signatures = new string[inputs.Count][];
        var totals = new List<(double Detect, double Extract)>();
        for (var round = 0; round < Rounds; round++)
        {
            // CPU time of this process: the machine is shared, wall time would count other people's work.
            var started = Cpu();
            for (var i = 0; i < inputs.Count; i++)
            {
                var own = inputs[i].Lines;
                var span = SignatureDetector.Detect(ref own, inputs[i].From);
                signatures[i] = span is null ? [] : own.AsSpan(span.Start, span.Length).ToArray();
            }

            var detect = (Cpu() - started).TotalMicroseconds / inputs.Count;
            started = Cpu();
            for (var i = 0; i < inputs.Count; i++)
            {
                _ = ContactExtractor.Extract(signatures[i], inputs[i].From, "US");
            }

            totals.Add((detect, (Cpu() - started).TotalMicroseconds / inputs.Count));
        }

        // The first rounds pay for tiered JIT compiling on background threads; the median of the rest is the steady cost.
        var steady = totals.Skip(Rounds / 2).OrderBy(t => t.Detect + t.Extract).ToList();
        var (d, e) = steady[steady.Count / 2];
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {inputs.Count} messages, {d + e:0.0} us per message (signature {d:0.0} + contact {e:0.0}), median of the last {steady.Count} of {Rounds} rounds"));
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
