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
        Time("bounce wording per line", () => lines.Count(l => BouncePatterns.Body(l).Strong));
        Time("auto score", () => AutoReplyPatterns.BodyScore(read.OwnLines, 10));
        Time("senders", () => (Senders.IsMailSystem(read.From) ? 1 : 0) + (Senders.IsNoReply(read.From) ? 1 : 0) + (Senders.IsListServer(read.From) ? 1 : 0));
        Time("headers", () => HeaderSignals.Of(read.Message!).NullReturnPath ? 1 : 0);
        Time("subjects", () => (BouncePatterns.StrongSubject(read.Subject) ? 1 : 0) + (AutoReplyPatterns.Subject(read.Subject) ? 1 : 0));
        Time("bounce wording, body", () => BouncePatterns.Body(read.Body).Strong ? 1 : 0);
        Time("detect", () => AutomatedDetector.Detect(read, read.OwnLines) is null ? 0 : 1);
        Time("clean", () => BodyCleaner.Clean(read.Body, read.Subject).Own.Length);
        Time("mimekit load", () => MimeKit.MimeMessage.Load(new MemoryStream(mime)).Headers.Count);
        var parsed = MimeKit.MimeMessage.Load(new MemoryStream(mime));
        Time("body text", () => BodyText.Of(parsed).Text.Length);
        Time("headers from/subject", () => (Headers.From(parsed)?.Email.Length ?? 0) + (Headers.Subject(parsed)?.Length ?? 0));
        Time("read parsed", () => MessageReader.Read(parsed).OwnLines.Length);
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
