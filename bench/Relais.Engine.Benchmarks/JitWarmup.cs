using System.Diagnostics;
using System.Globalization;

namespace Relais.Engine.Benchmarks;

/// <summary>
/// Runs the workload until the JIT has settled. Tiered compilation keeps the pipeline on unoptimised (tier-0 and
/// PGO-instrumented) code for the first several thousand messages: the call-counting delay restarts whenever a new
/// method is jitted, and the pipeline's long tail of rarely-taken paths keeps jitting new ones. Timing before the
/// code reaches tier 1 measures the JIT, not the engine (about 4x slower per message on the development sets).
/// </summary>
internal static class JitWarmup
{
    /// <summary>
    /// A stretch of at least this many analyses and this long that compiles (almost) nothing new means the code is at
    /// its final tier. It must outlast the call-counting delay, during which nothing is compiled although the code is
    /// still at tier 0.
    /// </summary>
    private const int Stretch = 2000;

    private static readonly TimeSpan StretchTime = TimeSpan.FromSeconds(1.5);

    private const int QuietCompilations = 2;

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <param name="pass">One pass over the workload; returns the number of messages it analysed.</param>
    /// <param name="output">Where the warm-up is reported.</param>
    public static void UntilSettled(Func<int> pass, TextWriter output)
    {
        var started = Stopwatch.GetTimestamp();
        var passes = 0;
        var messages = 0;
        var since = 0;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var stretchStarted = started;
        while (Stopwatch.GetElapsedTime(started) < Limit)
        {
            var n = pass();
            passes++;
            messages += n;
            since += n;
            if (since < Stretch || Stopwatch.GetElapsedTime(stretchStarted) < StretchTime)
            {
                continue;
            }

            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now - compiled <= QuietCompilations)
            {
                break;
            }

            (compiled, since, stretchStarted) = (now, 0, Stopwatch.GetTimestamp());
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up: {passes} passes, {messages} analyses, {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s, until the JIT settled"));
    }
}
