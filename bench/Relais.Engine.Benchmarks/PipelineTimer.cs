using System.Globalization;
using Relais.Engine.Automated;
using Relais.Engine.Contacts;
using Relais.Engine.Intents;
using Relais.Engine.Mime;
using Relais.Engine.Signatures;
using Relais.Engine.Text;

namespace Relais.Engine.Benchmarks;

/// <summary>
/// Every stage of <see cref="EmailAnalyzer"/> timed on its own over a folder of real messages (thread CPU time, best of
/// a few runs per message, after a warm-up pass), with the bytes each stage allocates: where the pipeline's time goes.
/// </summary>
internal static class PipelineTimer
{
    private const int Repeats = 5;

    private static readonly string[] Stages = ["read", "automated", "signature", "text", "contact", "intent", "needs_reply", "language"];

    public static void Run(string folder, TextWriter output)
    {
        var messages = Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var time = new double[Stages.Length];
        var bytes = new double[Stages.Length];
        JitWarmup.UntilSettled(() => Pass(messages, time, bytes, 1), output);
        Array.Clear(time);
        Array.Clear(bytes);
        Pass(messages, time, bytes, Repeats);
        var n = messages.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} messages, mean per message: {time.Sum() / n:0.0} us, {bytes.Sum() / n / 1024:0.0} KB allocated"));
        for (var s = 0; s < Stages.Length; s++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Stages[s],-12} {time[s] / n,7:0.0} us {bytes[s] / n / 1024,8:0.0} KB"));
        }
    }

    private static int Pass(List<byte[]> messages, double[] time, double[] bytes, int repeats)
    {
        Span<double> best = stackalloc double[Stages.Length];
        Span<double> stamps = stackalloc double[Stages.Length + 1];
        Span<long> allocated = stackalloc long[Stages.Length + 1];
        foreach (var mime in messages)
        {
            best.Fill(double.MaxValue);
            for (var r = 0; r < repeats; r++)
            {
                Mark(stamps, allocated, 0);
                var read = MessageReader.Read(new MemoryStream(mime, 0, mime.Length, writable: false, publiclyVisible: true));
                Mark(stamps, allocated, 1);
                var own = read.OwnLines;
                var automated = AutomatedDetector.Detect(read, own);
                Mark(stamps, allocated, 2);
                var signature = automated is null ? SignatureDetector.Detect(ref own, read.From) : null;
                Mark(stamps, allocated, 3);
                var textLines = signature is null ? own : own.Take(signature.Start).ToArray();
                var text = TextLines.Join(textLines);
                var signatureLines = signature is null ? [] : own.Skip(signature.Start).Take(signature.Length).ToArray();
                Mark(stamps, allocated, 4);
                _ = automated is null ? ContactExtractor.Extract(signatureLines, read.From, "US") : ContactFields.Empty;
                Mark(stamps, allocated, 5);
                _ = automated is null ? IntentClassifier.Predict(read.Subject, text) : IntentPrediction.Other;
                Mark(stamps, allocated, 6);
                _ = automated is null ? NeedsReplyClassifier.Predict(read.Subject, text) : NeedsReplyPrediction.No;
                Mark(stamps, allocated, 7);
                _ = LanguageDetector.Detect(text);
                Mark(stamps, allocated, 8);
                read.Message?.Dispose();
                for (var s = 0; s < Stages.Length; s++)
                {
                    best[s] = Math.Min(best[s], stamps[s + 1] - stamps[s]);
                }

                if (r == 0)
                {
                    for (var s = 0; s < Stages.Length; s++)
                    {
                        bytes[s] += allocated[s + 1] - allocated[s];
                    }
                }
            }

            for (var s = 0; s < Stages.Length; s++)
            {
                time[s] += best[s];
            }
        }

        return messages.Count;
    }

    private static void Mark(Span<double> stamps, Span<long> allocated, int i)
    {
        allocated[i] = GC.GetAllocatedBytesForCurrentThread();
        stamps[i] = ThreadClock.Microseconds();
    }
}
