namespace Relais.Server.Features.Metrics;

/// <summary>
/// The last <see cref="Days"/> UTC days, today included: [<see cref="Start"/>, <see cref="End"/>).
/// Received mail and senders are counted by received date; analyses, their intents, cache lookups,
/// times, errors and the suggestions they made by the date of the analysis; review actions by the
/// date of the review; emails whose analysis failed and is waiting or parked (they have no
/// analysis) by received date.
/// </summary>
internal sealed record MetricsWindow(int Days, DateOnly From, DateOnly To)
{
    public const int DefaultDays = 30;
    public const int MaxDays = 365;

    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static MetricsWindow Last(int days, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new MetricsWindow(days, today.AddDays(1 - days), today);
    }

    /// <summary>The <c>days</c> query value: absent is the default, else a whole number from 1 to 365.</summary>
    public static bool TryParseDays(string? value, out int days)
    {
        days = DefaultDays;
        return value is null || (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out days) && days is >= 1 and <= MaxDays);
    }
}
