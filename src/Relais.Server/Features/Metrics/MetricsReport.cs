using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Ai;

namespace Relais.Server.Features.Metrics;

/// <summary>
/// The email-intelligence metrics of the scope's team over a window (SPEC section 8; dates as
/// <see cref="MetricsWindow"/> says), summed from the daily counters (a few thousand rows for a
/// year), plus the window's failed emails (an indexed range) and, for windows of at most
/// <see cref="LatencyHistogram.ExactLimit"/> analyses, the analyses' own times for an exact p95;
/// longer windows read the p95 from the latency histogram. The formulas:
/// signatures found / human analysed (automated mail never has one to find); parse success =
/// analyses whose signature gave a field above 0.5 / analyses with a signature; intent rate =
/// human analyses whose intent is not <c>other</c> / human analysed (automated mail gets no intent,
/// so it is left out of both sides); auto-apply rate = auto-applied / suggestions created; cache hit
/// rate = hits / lookups, a lookup per key an analysis looked up (see <see cref="MetricsCounters.CacheLookups"/>),
/// counted on the analysis rather than from <c>ai_memory</c> hit counts, which count hits but not misses
/// and not per window; error rate = (engine failures + emails failed or parked) / (analyses + emails
/// failed or parked).
/// </summary>
internal sealed class MetricsReport(RelaisDbContext db, ITeamScope scope, TimeProvider time)
{
    private static readonly AnalysisState[] FailedStates = [AnalysisState.Failed, AnalysisState.Parked];

    public MetricsWindow Window(int days) => MetricsWindow.Last(days, time.GetUtcNow());

    public async Task<MetricsResponse> MetricsAsync(MetricsWindow window, CancellationToken cancellationToken)
    {
        var rows = await SummedAsync(window, d => d.TeamId, cancellationToken);
        var failedEmails = await FailedEmails(window).CountAsync(cancellationToken);
        var analysed = rows.Sum(r => r.Analysed);
        var human = rows.Sum(r => r.Human);
        var found = rows.Sum(r => r.SignaturesFound);
        var parsed = rows.Sum(r => r.SignaturesParsed);
        var intents = rows.Sum(r => r.IntentsDetected);
        var created = rows.Sum(r => r.SuggestionsCreated);
        var autoApplied = rows.Sum(r => r.AutoApplied);
        var hits = rows.Sum(r => r.CacheHits);
        var lookups = rows.Sum(r => r.CacheLookups);
        var errors = rows.Sum(r => r.Errors);
        var attempted = analysed + failedEmails;
        var failed = errors + failedEmails;
        var (p95, exact) = await P95Async(window, rows, null, cancellationToken);

        var first = await db.Analyses.AsNoTracking().OrderBy(a => a.AnalyzedAt).Select(a => (DateTimeOffset?)a.AnalyzedAt).FirstOrDefaultAsync(cancellationToken);
        var cacheJudged = first is { } f && time.GetUtcNow() - f >= KpiHealth.CacheWarmUp;
        var successRate = Rate(parsed, found);
        var cacheRate = Rate(hits, lookups);
        var averageMs = analysed == 0 ? (double?)null : Math.Round(rows.Sum(r => r.ElapsedMsSum) / analysed, 3);
        var intentRate = Rate(intents, human);
        var errorRate = Rate(failed, attempted);
        List<KpiBand> health =
        [
            Band(KpiHealth.SignatureParseSuccess, successRate),
            Band(KpiHealth.CacheHitRate, cacheRate, judged: cacheJudged),
            Band(KpiHealth.AverageProcessingTime, averageMs),
            Band(KpiHealth.IntentDetection, intentRate),
            Band(KpiHealth.ErrorRate, errorRate),
        ];

        return new MetricsResponse(
            window.Days, window.From, window.To,
            rows.Sum(r => r.Received), analysed, human,
            found, Rate(found, human), parsed, successRate,
            intents, intentRate,
            created, autoApplied, rows.Sum(r => r.Approved), rows.Sum(r => r.Corrected), rows.Sum(r => r.Rejected), Rate(autoApplied, created),
            hits, lookups, cacheRate,
            averageMs, p95, exact,
            attempted, failed, errorRate,
            health, KpiHealth.Overall(health.Select(h => h.Health)));
    }

    public async Task<IntentsResponse> IntentsAsync(MetricsWindow window, CancellationToken cancellationToken)
    {
        var rows = await SummedAsync(window, d => d.Intent, cancellationToken);
        var total = rows.Where(r => r.Intent.Length > 0).Sum(r => r.Human);
        var lines = IntentLabels.French.Keys.Select(code =>
        {
            var own = rows.Where(r => r.Intent == code).ToList();
            var count = own.Sum(r => r.Human);
            return new IntentLine(code, IntentLabels.Of(code), count, Rate(count, total) ?? 0,
                count == 0 ? null : Math.Round(own.Sum(r => r.IntentConfidenceSum) / count, 4));
        }).OrderByDescending(l => l.Count).ThenBy(l => l.Intent, StringComparer.Ordinal).ToList();
        return new IntentsResponse(window.Days, window.From, window.To, total, lines);
    }

    public async Task<ModelsResponse> ModelsAsync(MetricsWindow window, CancellationToken cancellationToken)
    {
        var rows = await SummedAsync(window, d => new { d.Provider, d.Model }, cancellationToken);
        var lines = new List<ModelLine>();
        foreach (var model in rows.Where(r => r.Provider.Length > 0).GroupBy(r => (r.Provider, r.Model)).OrderBy(g => g.Key.Provider, StringComparer.Ordinal).ThenBy(g => g.Key.Model, StringComparer.Ordinal))
        {
            var own = model.ToList();
            var calls = own.Sum(r => r.Analysed);
            var (p95, _) = await P95Async(window, own, model.Key, cancellationToken);
            lines.Add(new ModelLine(
                model.Key.Provider, model.Key.Model, RegionOf(model.Key.Provider), calls, own.Sum(r => r.CacheHits),
                calls == 0 ? null : Math.Round(own.Sum(r => r.ElapsedMsSum) / calls, 3), p95,
                own.Sum(r => r.Errors), own.Sum(r => r.Tokens), Math.Round(own.Sum(r => r.Cost), 6)));
        }

        return new ModelsResponse(window.Days, window.From, window.To, lines);
    }

    public async Task<TimelineResponse> TimelineAsync(MetricsWindow window, CancellationToken cancellationToken)
    {
        var rows = (await SummedAsync(window, d => d.Day, cancellationToken)).ToLookup(r => r.Day);
        var failed = (await FailedByDayAsync(window, cancellationToken)).ToDictionary(d => d.Day, d => d.Count);
        var points = Enumerable.Range(0, window.Days).Select(i =>
        {
            var day = window.From.AddDays(i);
            var own = rows[day].ToList();
            var analysed = own.Sum(r => r.Analysed);
            return new TimelinePoint(
                day, own.Sum(r => r.Received), analysed, own.Sum(r => r.SignaturesFound), own.Sum(r => r.IntentsDetected), own.Sum(r => r.AutoApplied),
                own.Sum(r => r.Errors) + failed.GetValueOrDefault(day), analysed == 0 ? null : Math.Round(own.Sum(r => r.ElapsedMsSum) / analysed, 3));
        }).ToList();
        return new TimelineResponse(window.Days, window.From, window.To, points);
    }

    public static string RegionOf(string provider) => provider switch
    {
        "mistral" => "EU",
        "openai" or "anthropic" => "US",
        _ => "local",
    };

    private static KpiBand Band(string kpi, double? value, bool judged = true)
    {
        var (orange, red, _) = KpiHealth.Lines[kpi];
        return new KpiBand(kpi, value, judged ? KpiHealth.Band(kpi, value) : KpiHealth.Unknown, orange, red);
    }

    /// <summary>
    /// The window's counters summed in the database per <paramref name="key"/> (the team: one row; the intent; the
    /// model; the day), as rows whose intent, model and day are kept when they are the key and empty otherwise.
    /// </summary>
    private async Task<List<EmailMetricsDay>> SummedAsync<TKey>(MetricsWindow window, System.Linq.Expressions.Expression<Func<EmailMetricsDay, TKey>> key, CancellationToken cancellationToken)
    {
        var sums = await db.EmailMetricsDaily.AsNoTracking().Where(d => d.Day >= window.From && d.Day <= window.To)
            .GroupBy(key)
            .Select(g => new EmailMetricsDay
            {
                Intent = g.Max(d => d.Intent)!, Provider = g.Max(d => d.Provider)!, Model = g.Max(d => d.Model)!, Day = g.Max(d => d.Day),
                Received = g.Sum(d => d.Received), Analysed = g.Sum(d => d.Analysed), Human = g.Sum(d => d.Human),
                SignaturesFound = g.Sum(d => d.SignaturesFound), SignaturesParsed = g.Sum(d => d.SignaturesParsed), IntentsDetected = g.Sum(d => d.IntentsDetected),
                IntentConfidenceSum = g.Sum(d => d.IntentConfidenceSum), CacheLookups = g.Sum(d => d.CacheLookups), CacheHits = g.Sum(d => d.CacheHits),
                ElapsedMsSum = g.Sum(d => d.ElapsedMsSum), Errors = g.Sum(d => d.Errors), SuggestionsCreated = g.Sum(d => d.SuggestionsCreated),
                AutoApplied = g.Sum(d => d.AutoApplied), Approved = g.Sum(d => d.Approved), Corrected = g.Sum(d => d.Corrected), Rejected = g.Sum(d => d.Rejected),
                Tokens = g.Sum(d => d.Tokens), Cost = g.Sum(d => d.Cost),
            })
            .ToListAsync(cancellationToken);
        return sums;
    }

    private IQueryable<EmailMessage> FailedEmails(MetricsWindow window) =>
        db.EmailMessages.AsNoTracking().Where(e => FailedStates.Contains(e.AnalysisState) && e.ReceivedAt >= window.Start && e.ReceivedAt < window.End);

    /// <summary>
    /// The window's failed emails per received day, grouped in the database (raw SQL: the day of a timestamp is
    /// written differently by each provider, and SQLite stores unix milliseconds). The team is explicit: raw SQL has no query filter.
    /// </summary>
    private Task<List<DayCount>> FailedByDayAsync(MetricsWindow window, CancellationToken cancellationToken)
    {
        var teamId = scope.TeamId ?? throw new InvalidOperationException("Metrics need a team scope.");
        return (db.Database.IsNpgsql()
            ? db.Database.SqlQuery<DayCount>($"""
                SELECT (received_at AT TIME ZONE 'UTC')::date AS "Day", count(*)::int AS "Count" FROM email_messages
                WHERE team_id = {teamId} AND analysis_state IN ('failed', 'parked') AND received_at >= {window.Start} AND received_at < {window.End}
                GROUP BY 1
                """)
            : db.Database.SqlQuery<DayCount>($"""
                SELECT date(received_at / 1000, 'unixepoch') AS "Day", COUNT(*) AS "Count" FROM email_messages
                WHERE team_id = {teamId} AND analysis_state IN ('failed', 'parked')
                  AND received_at >= {window.Start.ToUnixTimeMilliseconds()} AND received_at < {window.End.ToUnixTimeMilliseconds()}
                GROUP BY 1
                """)).ToListAsync(cancellationToken);
    }

    /// <summary>The p95 time of the window's analyses (of one provider/model, or all): exact up to the limit, else from the histogram.</summary>
    private async Task<(double? P95, bool Exact)> P95Async(
        MetricsWindow window, IReadOnlyCollection<EmailMetricsDay> rows, (string Provider, string Model)? model, CancellationToken cancellationToken)
    {
        var count = rows.Sum(r => r.Analysed);
        if (count == 0)
        {
            return (null, true);
        }

        if (count <= LatencyHistogram.ExactLimit)
        {
            var analyses = db.Analyses.AsNoTracking().Where(a => a.AnalyzedAt >= window.Start && a.AnalyzedAt < window.End);
            if (model is { } m)
            {
                var version = m.Model.StartsWith("relais-engine/", StringComparison.Ordinal) ? m.Model["relais-engine/".Length..] : m.Model;
                analyses = analyses.Where(a => a.EngineVersion == version);
            }

            var times = await analyses.Select(a => a.ElapsedMs).ToListAsync(cancellationToken);
            times.Sort();
            return (LatencyHistogram.Exact(times, 0.95), true);
        }

        var buckets = db.EmailLatencyDaily.AsNoTracking().Where(l => l.Day >= window.From && l.Day <= window.To);
        if (model is { } mm)
        {
            buckets = buckets.Where(l => l.Provider == mm.Provider && l.Model == mm.Model);
        }

        var counts = await buckets.GroupBy(l => l.Bucket).Select(g => new { Bucket = g.Key, Count = g.Sum(l => l.Count) }).ToListAsync(cancellationToken);
        return (LatencyHistogram.FromBuckets(counts.Select(c => (c.Bucket, c.Count)), 0.95), false);
    }

    private sealed record DayCount(DateOnly Day, int Count);

    private static double? Rate(int part, int total) => total == 0 ? null : Math.Round((double)part / total, 4);
}
