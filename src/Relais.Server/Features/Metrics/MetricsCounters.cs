using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Autofill;

namespace Relais.Server.Features.Metrics;

/// <summary>
/// Adds to the daily metrics counters (<see cref="EmailMetricsDay"/>, <see cref="EmailLatencyDay"/>,
/// <see cref="EmailSender"/>, <see cref="EmailSenderDay"/>) where mail is ingested, analysed and reviewed: one
/// <c>INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n</c> per touched row, inside the caller's
/// transaction, so counters and the rows they count commit together, and two writers add up
/// instead of overwriting each other. Days are UTC days.
/// </summary>
internal static class MetricsCounters
{
    private const string None = "";

    private static readonly string[] SenderColumns =
    [
        "emails", "meeting_request", "info_request", "follow_up", "introduction", "quotation_request", "closing", "complaint",
        "thank_you", "unsubscribe", "other",
    ];

    /// <summary>The counter columns of each table: those a statement does not add to are inserted as zero.</summary>
    private static readonly Dictionary<string, string[]> Counters = new(StringComparer.Ordinal)
    {
        ["email_metrics_daily"] =
        [
            "received", "analysed", "human", "signatures_found", "signatures_parsed", "intents_detected", "intent_confidence_sum",
            "cache_lookups", "cache_hits", "elapsed_ms_sum", "errors", "suggestions_created", "auto_applied", "approved", "corrected",
            "rejected", "tokens", "cost",
        ],
        ["email_latency_daily"] = ["count"],
        ["email_senders"] = SenderColumns,
        ["email_sender_days"] = SenderColumns,
    };

    /// <summary>Inbound mail just stored: received on its day, and for its sender on that day and month.</summary>
    public static async Task CountReceivedAsync(RelaisDbContext db, Guid teamId, IReadOnlyCollection<EmailMessage> added, CancellationToken cancellationToken)
    {
        var inbound = added.Where(e => e.Direction == MessageDirection.Inbound).ToList();
        foreach (var day in inbound.GroupBy(e => DayOf(e.ReceivedAt)))
        {
            await AddDailyAsync(db, teamId, day.Key, None, None, None, [("received", day.Count())], cancellationToken);
        }

        foreach (var group in inbound.Where(e => e.FromEmail is not null).GroupBy(e => (Sender: e.FromEmail!, Day: DayOf(e.ReceivedAt))))
        {
            var last = group.MaxBy(e => e.ReceivedAt)!;
            await AddSenderAsync(db, teamId, group.Key.Sender, group.Key.Day, last.FromName, last.ReceivedAt, [("emails", group.Count())], cancellationToken);
        }
    }

    /// <summary>
    /// A batch of analyses just written, with their emails (received date, sender) and suggestions: counted on
    /// the day of the analysis per intent and model; intents also for the sender, on the received day and month.
    /// </summary>
    public static async Task CountAnalysedAsync(
        RelaisDbContext db, Guid teamId, IReadOnlyCollection<EmailMessage> emails, IReadOnlyCollection<Analysis> analyses,
        IReadOnlyCollection<AutofillSuggestion> suggestions, CancellationToken cancellationToken)
    {
        var suggestionsByEmail = suggestions.ToLookup(s => s.EmailMessageId);
        foreach (var group in analyses.GroupBy(a => (Day: DayOf(a.AnalyzedAt), Intent: a.Intent ?? None, Model: ModelOf(a))))
        {
            var rows = group.ToList();
            var own = rows.SelectMany(a => suggestionsByEmail[a.EmailMessageId]).ToList();
            await AddDailyAsync(db, teamId, group.Key.Day, group.Key.Intent, AnalysisCache.Provider, group.Key.Model,
            [
                ("analysed", rows.Count),
                ("human", rows.Count(IsHuman)),
                ("signatures_found", rows.Count(a => IsHuman(a) && a.SignatureFound)),
                ("signatures_parsed", rows.Count(a => a.SignatureFound && a.SignatureParsed)),
                ("intents_detected", rows.Count(IsIntentDetected)),
                ("intent_confidence_sum", rows.Where(IsHuman).Sum(a => a.IntentConfidence)),
                ("cache_lookups", rows.Sum(CacheLookups)),
                ("cache_hits", rows.Sum(a => (a.SignatureCached ? 1 : 0) + (a.IntentCached ? 1 : 0))),
                ("elapsed_ms_sum", rows.Sum(a => a.ElapsedMs)),
                ("errors", rows.Count(IsFailed)),
                ("suggestions_created", own.Count),
                ("auto_applied", own.Count(s => s.Status == SuggestionStatus.AutoApplied)),
            ], cancellationToken);
        }

        foreach (var group in analyses.GroupBy(a => (Day: DayOf(a.AnalyzedAt), Model: ModelOf(a), Bucket: LatencyHistogram.BucketOf(a.ElapsedMs))))
        {
            await UpsertAsync(db, "email_latency_daily", ["team_id", "day", "provider", "model", "bucket"],
                [teamId, group.Key.Day, AnalysisCache.Provider, group.Key.Model, group.Key.Bucket], [("count", group.Count())], [], cancellationToken);
        }

        var byId = analyses.ToDictionary(a => a.EmailMessageId);
        var human = emails.Where(e => e.FromEmail is not null && byId.TryGetValue(e.Id, out var a) && IsHuman(a)).ToList();
        foreach (var group in human.GroupBy(e => (Sender: e.FromEmail!, Day: DayOf(e.ReceivedAt))))
        {
            var intents = group.GroupBy(e => IntentColumn(byId[e.Id].Intent)).Select(g => (g.Key, (object)g.Count())).ToArray();
            var last = group.MaxBy(e => e.ReceivedAt)!;
            await AddSenderAsync(db, teamId, group.Key.Sender, group.Key.Day, last.FromName, last.ReceivedAt, intents, cancellationToken);
        }
    }

    /// <summary>A review action, on the day of the review.</summary>
    public static Task CountReviewAsync(RelaisDbContext db, Guid teamId, SuggestionStatus outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var column = outcome switch
        {
            SuggestionStatus.Approved => "approved",
            SuggestionStatus.Corrected => "corrected",
            SuggestionStatus.Rejected => "rejected",
            _ => null,
        };
        return column is null ? Task.CompletedTask : AddDailyAsync(db, teamId, DayOf(now), None, None, None, [(column, 1)], cancellationToken);
    }

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);

    public static string ModelOf(Analysis analysis) => "relais-engine/" + analysis.EngineVersion;

    public static bool IsHuman(Analysis a) => a.Automated is null;

    public static bool IsIntentDetected(Analysis a) => IsHuman(a) && a.Intent is not null && a.Intent != "other";

    /// <summary>The engine failed on the message (its text may be read, nothing else): the same test as the job's error counter.</summary>
    public static bool IsFailed(Analysis a) => a.Error?.StartsWith("analysis failed", StringComparison.Ordinal) == true;

    /// <summary>
    /// The cache lookups an analysis made: the intent key of every human message the engine could read, the
    /// signature key of every message with a signature (a hit implies its lookup).
    /// </summary>
    public static int CacheLookups(Analysis a) =>
        (a.IntentCached || (IsHuman(a) && !IsFailed(a)) ? 1 : 0) + (a.SignatureCached || a.SignatureFound ? 1 : 0);

    /// <summary>The sender-period column of an intent code (SPEC section 4); an unknown code counts as other.</summary>
    public static string IntentColumn(string? intent) => intent switch
    {
        "meeting_request" or "info_request" or "follow_up" or "introduction" or "quotation_request"
            or "closing" or "complaint" or "thank_you" or "unsubscribe" => intent,
        _ => "other",
    };

    private static Task AddDailyAsync(
        RelaisDbContext db, Guid teamId, DateOnly day, string intent, string provider, string model, (string, object)[] adds, CancellationToken cancellationToken) =>
        UpsertAsync(db, "email_metrics_daily", ["team_id", "day", "intent", "provider", "model"], [teamId, day, intent, provider, model], adds, [], cancellationToken);

    /// <summary>
    /// Adds to a sender's totals and to their running totals from <paramref name="day"/> on: the day's row starts
    /// from the sender's last row before it, and the rows after it (mail received back in time, an import) move too.
    /// </summary>
    private static async Task AddSenderAsync(
        RelaisDbContext db, Guid teamId, string sender, DateOnly day, string? name, DateTimeOffset last, (string Column, object Value)[] adds, CancellationToken cancellationToken)
    {
        var postgres = db.Database.IsNpgsql();
        object lastValue = postgres ? last.ToUniversalTime() : last.ToUnixTimeMilliseconds();
        await UpsertAsync(db, "email_senders", ["team_id", "sender"], [teamId, sender], adds,
            [
                ("sender_name", name, "COALESCE(excluded.sender_name, email_senders.sender_name)"),
                ("last_received_at", lastValue, $"{(postgres ? "GREATEST" : "MAX")}(excluded.last_received_at, email_senders.last_received_at)"),
            ],
            cancellationToken);

        var deltas = SenderColumns.Select(c => adds.FirstOrDefault(a => a.Column == c).Value ?? 0).ToArray();
        object[] values = [teamId, sender, day, .. deltas];
        string Delta(int i) => "{" + (i + 3).ToString(CultureInfo.InvariantCulture) + "}";
        var columns = string.Join(", ", SenderColumns);
        var started = string.Join(", ", SenderColumns.Select((c, i) => $"COALESCE(p.{c}, 0) + {Delta(i)}"));
        var added = string.Join(", ", SenderColumns.Select((c, i) => $"{c} = email_sender_days.{c} + {Delta(i)}"));
        var moved = string.Join(", ", SenderColumns.Select((c, i) => $"{c} = {c} + {Delta(i)}"));
#pragma warning disable EF1002 // column names are constants of this class; the values are parameters
        await db.Database.ExecuteSqlRawAsync($$"""
            INSERT INTO email_sender_days (team_id, sender, day, {{columns}})
            SELECT {0}, {1}, {2}, {{started}}
            FROM (SELECT 1 AS one) AS o
            LEFT JOIN (SELECT * FROM email_sender_days WHERE team_id = {0} AND sender = {1} AND day < {2} ORDER BY day DESC LIMIT 1) AS p ON 1 = 1
            WHERE 1 = 1
            ON CONFLICT (team_id, sender, day) DO UPDATE SET {{added}}
            """, values, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $"UPDATE email_sender_days SET {moved} WHERE team_id = {{0}} AND sender = {{1}} AND day > {{2}}", values, cancellationToken);
#pragma warning restore EF1002
    }

    private static async Task UpsertAsync(
        RelaisDbContext db, string table, string[] keys, object[] keyValues, (string Column, object Value)[] adds,
        (string Column, object? Value, string Update)[] sets, CancellationToken cancellationToken)
    {
        adds = [.. adds, .. Counters[table].Where(c => !adds.Any(a => a.Column == c)).Select(c => (c, (object)0))];
        var columns = keys.Concat(adds.Select(a => a.Column)).Concat(sets.Select(s => s.Column)).ToList();
        var values = keyValues.Concat(adds.Select(a => a.Value)).Concat(sets.Select(s => s.Value)).ToArray();
        var sql = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES (")
            .AppendJoin(", ", values.Select((_, i) => "{" + i.ToString(CultureInfo.InvariantCulture) + "}"))
            .Append(CultureInfo.InvariantCulture, $") ON CONFLICT ({string.Join(", ", keys)}) DO UPDATE SET ")
            .AppendJoin(", ", adds.Select(a => $"{a.Column} = {table}.{a.Column} + excluded.{a.Column}").Concat(sets.Select(s => $"{s.Column} = {s.Update}")))
            .ToString();
#pragma warning disable EF1002 // table and column names are constants of this class; the values are parameters
        await db.Database.ExecuteSqlRawAsync(sql, values!, cancellationToken);
#pragma warning restore EF1002
    }
}
