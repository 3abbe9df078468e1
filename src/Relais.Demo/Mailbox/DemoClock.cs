using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>
/// Local time of the three demo zones. The daylight-saving rules are written out instead of read
/// from the system's tz database, so the mailbox is byte-identical on every machine.
/// </summary>
internal static class DemoClock
{
    public static DateTimeOffset InZone(DateTimeOffset instant, DemoZone zone) =>
        instant.ToOffset(OffsetAt(zone, instant.UtcDateTime));

    /// <summary>A business-hours instant on the local day of <paramref name="day"/> (weekends moved to a weekday).</summary>
    public static DateTimeOffset BusinessTime(Random rng, DateTimeOffset day, DemoZone zone)
    {
        var local = InZone(day, zone).Date;
        if (local.DayOfWeek == DayOfWeek.Saturday && rng.Next(10) > 0)
            local = local.AddDays(-1);
        else if (local.DayOfWeek == DayOfWeek.Sunday && rng.Next(10) > 0)
            local = local.AddDays(1);

        // Mostly office hours, a few early mornings and late evenings.
        var minutes = rng.Next(20) switch
        {
            0 => rng.Next(7 * 60, 8 * 60 + 30),
            1 => rng.Next(19 * 60, 22 * 60),
            _ => rng.Next(8 * 60 + 30, 18 * 60 + 45),
        };
        var localTime = local.AddMinutes(minutes).AddSeconds(rng.Next(60));
        var utc = localTime - OffsetAt(zone, localTime - BaseOffset(zone));
        return InZone(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zone);
    }

    private static TimeSpan BaseOffset(DemoZone zone) => zone switch
    {
        DemoZone.Paris => TimeSpan.FromHours(1),
        DemoZone.London => TimeSpan.Zero,
        _ => TimeSpan.FromHours(-5),
    };

    private static TimeSpan OffsetAt(DemoZone zone, DateTime utc)
    {
        var summer = zone == DemoZone.NewYork
            ? utc >= NthSunday(utc.Year, 3, 2).AddHours(7) && utc < NthSunday(utc.Year, 11, 1).AddHours(6)
            : utc >= LastSunday(utc.Year, 3).AddHours(1) && utc < LastSunday(utc.Year, 10).AddHours(1);
        return BaseOffset(zone) + (summer ? TimeSpan.FromHours(1) : TimeSpan.Zero);
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        return first.AddDays((7 - (int)first.DayOfWeek) % 7 + 7 * (n - 1));
    }
}
