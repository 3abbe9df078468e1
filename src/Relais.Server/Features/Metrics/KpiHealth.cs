namespace Relais.Server.Features.Metrics;

/// <summary>
/// The health bands of SPEC section 8 (from the seed). Rates are fractions (0.7 is 70 %):
/// signature parse success and intent detection green ≥ 0.70, orange ≥ 0.50, red below; cache hit
/// rate green ≥ 0.80, orange ≥ 0.60, red below, judged only once the team has 24 hours of analyses
/// (before that, and whenever a KPI has no data, its band is <c>unknown</c>); average processing
/// time green &lt; 5 s, orange up to 10 s, red above; error rate red above 5 %, orange above 2 % (the
/// seed gives only the red line; 2 % warns before it), green otherwise. The overall band is the
/// worst known band, <c>unknown</c> when none is known.
/// </summary>
internal static class KpiHealth
{
    public const string Green = "green";
    public const string Orange = "orange";
    public const string Red = "red";
    public const string Unknown = "unknown";

    public const string SignatureParseSuccess = "signature_parse_success_rate";
    public const string CacheHitRate = "cache_hit_rate";
    public const string AverageProcessingTime = "average_processing_ms";
    public const string IntentDetection = "intent_detection_rate";
    public const string ErrorRate = "error_rate";

    /// <summary>How long a team must have been analysed before its cache hit rate is judged.</summary>
    public static readonly TimeSpan CacheWarmUp = TimeSpan.FromHours(24);

    /// <summary>Each KPI's orange and red lines: at or beyond <c>Orange</c> it is orange, beyond <c>Red</c> red.</summary>
    public static readonly IReadOnlyDictionary<string, (double Orange, double Red, bool HigherIsBetter)> Lines =
        new Dictionary<string, (double, double, bool)>(StringComparer.Ordinal)
        {
            [SignatureParseSuccess] = (0.70, 0.50, true),
            [CacheHitRate] = (0.80, 0.60, true),
            [AverageProcessingTime] = (5000, 10000, false),
            [IntentDetection] = (0.70, 0.50, true),
            [ErrorRate] = (0.02, 0.05, false),
        };

    public static string Band(string kpi, double? value)
    {
        if (value is not { } v)
        {
            return Unknown;
        }

        var (orange, red, higherIsBetter) = Lines[kpi];
        return higherIsBetter
            ? v >= orange ? Green : v >= red ? Orange : Red
            : kpi == AverageProcessingTime
                ? v < orange ? Green : v <= red ? Orange : Red
                : v <= orange ? Green : v <= red ? Orange : Red;
    }

    public static string Overall(IEnumerable<string> bands)
    {
        var known = bands.Where(b => b != Unknown).ToList();
        return known.Count == 0 ? Unknown : known.Contains(Red) ? Red : known.Contains(Orange) ? Orange : Green;
    }
}
