namespace Relais.Server.Features.Metrics;

/// <summary>A KPI's value, its health band and the lines between the bands (see <see cref="KpiHealth"/>).</summary>
internal sealed record KpiBand(string Kpi, double? Value, string Health, double OrangeLine, double RedLine);

/// <summary><c>GET /email-intelligence/metrics</c>: the formulas of SPEC section 8 over the window (rates are fractions, null without data).</summary>
internal sealed record MetricsResponse(
    int Days,
    DateOnly From,
    DateOnly To,
    int EmailsReceived,
    int EmailsAnalysed,
    int HumanAnalysed,
    int SignaturesFound,
    double? SignatureFoundRate,
    int SignaturesParsed,
    double? SignatureParseSuccessRate,
    int IntentsDetected,
    double? IntentDetectionRate,
    int SuggestionsCreated,
    int AutoApplied,
    int Approved,
    int Corrected,
    int Rejected,
    double? AutoApplyRate,
    int CacheHits,
    int CacheLookups,
    double? CacheHitRate,
    double? AverageProcessingMs,
    double? P95ProcessingMs,
    bool P95Exact,
    int AnalysesAttempted,
    int AnalysesFailed,
    double? ErrorRate,
    IReadOnlyList<KpiBand> Health,
    string OverallHealth);

internal sealed record IntentLine(string Intent, string Label, int Count, double Share, double? AverageConfidence);

internal sealed record IntentsResponse(int Days, DateOnly From, DateOnly To, int Total, IReadOnlyList<IntentLine> Intents);

internal sealed record ModelLine(
    string Provider, string Model, string Region, int Calls, int CacheHits, double? AverageLatencyMs, double? P95LatencyMs, int Errors, long Tokens, double Cost);

internal sealed record ModelsResponse(int Days, DateOnly From, DateOnly To, IReadOnlyList<ModelLine> Models);

internal sealed record TopSender(
    string Email, string? Name, Guid? PersonId, Guid? OrganisationId, string? Organisation, int Emails, DateTimeOffset LastEmailAt, IReadOnlyDictionary<string, int> Intents);

internal sealed record TopSendersResponse(int Days, DateOnly From, DateOnly To, IReadOnlyList<TopSender> Senders);

internal sealed record TimelinePoint(DateOnly Day, int Received, int Analysed, int Signatures, int Intents, int AutoApplied, int Errors, double? AverageProcessingMs);

internal sealed record TimelineResponse(int Days, DateOnly From, DateOnly To, IReadOnlyList<TimelinePoint> Points);
