using Relais.Engine.Automated;
using Relais.Engine.Mime;
using Relais.Engine.Text;

namespace Relais.Engine.Benchmarks;

/// <summary>Error analysis for speed: the cost of each pattern family over one message's lines.</summary>
internal static class Probe
{
    public static void Run(string file)
    {
        var mime = File.ReadAllBytes(file);
        var read = MessageReader.Read(new MemoryStream(mime));
        var lines = read.Body.Split('\n');
        Console.WriteLine($"{lines.Length} lines, {read.Body.Length} chars, {read.OwnLines.Length} own lines");
        Time("bounce strong", () => lines.Count(l => BouncePatterns.StrongBody(l)));
        Time("bounce weak", () => lines.Count(l => BouncePatterns.WeakBody(l)));
        Time("auto score", () => AutoReplyPatterns.BodyScore(read.OwnLines, 10));
        Time("detect", () => AutomatedDetector.Detect(read, read.OwnLines) is null ? 0 : 1);
        Time("clean", () => BodyCleaner.Clean(read.Body, read.Subject).Own.Length);
        Time("read", () => MessageReader.Read(new MemoryStream(mime)).OwnLines.Length);
    }

    private static void Time(string name, Func<int> action)
    {
        action();
        var best = double.MaxValue;
        for (var i = 0; i < 20; i++)
        {
            var start = ThreadClock.Microseconds();
            action();
            best = Math.Min(best, ThreadClock.Microseconds() - start);
        }

        Console.WriteLine($"{name}: {best:0.0} us");
    }
}
