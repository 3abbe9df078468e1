using System.Runtime.InteropServices;

namespace Relais.Engine.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID): on a shared machine, wall time measures the
/// neighbours as much as the code; thread CPU time does not.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTimeId = 3;

    public static double Microseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ThreadCpuTimeId, out var spec) != 0)
        {
            return System.Diagnostics.Stopwatch.GetTimestamp() * 1e6 / System.Diagnostics.Stopwatch.Frequency;
        }

        return (spec.Seconds * 1e6) + (spec.Nanoseconds / 1e3);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec spec);
}
