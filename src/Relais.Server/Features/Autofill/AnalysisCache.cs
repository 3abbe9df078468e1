using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Engine;

namespace Relais.Server.Features.Autofill;

/// <summary>
/// The engine's second half, remembered in <c>ai_memory</c> per team: contact fields under the
/// signature key, intent and needs-reply under the text key (keys hash the normalised input and
/// the engine version; no email text is stored). A batch looks its keys up in one query, the
/// messages of the batch share what the earlier ones computed, and hits are counted.
/// </summary>
internal sealed class AnalysisCache(RelaisDbContext db, TimeProvider time)
{
    public const string Provider = "engine";
    public static readonly string Model = "relais-engine/" + EmailAnalyzer.Version;

    /// <summary>How long a cached result is kept (the cache holds personal data: contact fields).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(90);

    private readonly Dictionary<(AiTask Task, string Key), Entry> _entries = [];

    /// <summary>Loads the batch's keys that earlier batches stored.</summary>
    public async Task LoadAsync(IEnumerable<PreparedEmail> batch, CancellationToken cancellationToken)
    {
        var signatureKeys = batch.Select(p => p.SignatureKey).OfType<string>().Distinct().ToList();
        var textKeys = batch.Select(p => p.TextKey).OfType<string>().Distinct().ToList();
        var now = time.GetUtcNow();
        foreach (var (task, keys) in new[] { (AiTask.Signature, signatureKeys), (AiTask.Intent, textKeys) })
        {
            // One task at a time, so the (team, task, key) index serves the lookup.
            var rows = await db.AiMemory.AsNoTracking()
                .Where(m => m.Task == task && keys.Contains(m.Key) && (m.ExpiresAt == null || m.ExpiresAt > now))
                .Select(m => new { m.Id, m.Key, m.Result })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                _entries[(task, row.Key)] = new Entry(row.Id, row.Result, Stored: true);
            }
        }
    }

    /// <summary>Finishes one analysis with what is known, and remembers what it computed.</summary>
    public (EmailAnalysis Analysis, bool SignatureCached, bool TextCached) Finish(EmailAnalyzer analyzer, PreparedEmail prepared)
    {
        var signature = prepared.SignatureKey is { } sk ? _entries.GetValueOrDefault((AiTask.Signature, sk)) : null;
        var text = prepared.TextKey is { } tk ? _entries.GetValueOrDefault((AiTask.Intent, tk)) : null;
        var cached = new CachedResults
        {
            Contact = signature is null ? null : JsonSerializer.Deserialize(signature.Result, AnalysisJsonContext.Default.ContactDocument)?.ToFields(),
        };
        if (text is not null && JsonSerializer.Deserialize(text.Result, AnalysisJsonContext.Default.TextResultsDocument) is { } known)
        {
            cached = known.ToCached() with { Contact = cached.Contact };
        }

        var analysis = analyzer.Finish(prepared, cached);
        Hit(signature);
        Hit(text);
        if (signature is null && prepared.SignatureKey is { } newSignature && analysis.Error is null)
        {
            var json = JsonSerializer.Serialize(ContactDocument.From(analysis.Contact, rounded: false), AnalysisJsonContext.Default.ContactDocument);
            _entries[(AiTask.Signature, newSignature)] = new Entry(Guid.CreateVersion7(), json, Stored: false)
            {
                Confidence = analysis.Signature?.Confidence,
                LatencyMs = analysis.ElapsedMs,
            };
        }

        if (text is null && prepared.TextKey is { } newText && analysis.Error is null)
        {
            var json = JsonSerializer.Serialize(TextResultsDocument.From(analysis), AnalysisJsonContext.Default.TextResultsDocument);
            _entries[(AiTask.Intent, newText)] = new Entry(Guid.CreateVersion7(), json, Stored: false)
            {
                Confidence = analysis.Intent.Confidence,
                LatencyMs = analysis.ElapsedMs,
            };
        }

        return (analysis, signature is not null, text is not null);
    }

    /// <summary>
    /// Adds the new entries and counts the hits, inside the batch's write transaction. A key another
    /// worker stored in the meantime is not added twice.
    /// </summary>
    public async Task SaveAsync(Guid teamId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var fresh = _entries.Where(e => !e.Value.Stored).ToList();
        var taken = new HashSet<(AiTask, string)>();
        foreach (var task in new[] { AiTask.Signature, AiTask.Intent })
        {
            var keys = fresh.Where(e => e.Key.Task == task).Select(e => e.Key.Key).ToList();
            var stored = await db.AiMemory.AsNoTracking().Where(m => m.Task == task && keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(cancellationToken);
            taken.UnionWith(stored.Select(k => (task, k)));
        }
        var rows = new List<AiMemory>();
        foreach (var ((task, key), entry) in fresh.Where(e => !taken.Contains(e.Key)))
        {
            rows.Add(new AiMemory
            {
                Id = entry.Id,
                TeamId = teamId,
                Task = task,
                Key = key,
                Provider = Provider,
                Model = Model,
                Result = entry.Result,
                Confidence = entry.Confidence,
                LatencyMs = Math.Round(entry.LatencyMs, 3),
                HitCount = entry.Hits,
                LastHitAt = entry.Hits > 0 ? now : null,
                CreatedAt = now,
                ExpiresAt = now + Retention,
            });
        }

        await db.InsertAllAsync(rows, cancellationToken);

        foreach (var group in _entries.Values.Where(e => e.Stored && e.Hits > 0).GroupBy(e => e.Hits))
        {
            var ids = group.Select(e => e.Id).ToList();
            var hits = group.Key;
            await db.AiMemory.Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.HitCount, m => m.HitCount + hits).SetProperty(m => m.LastHitAt, now), cancellationToken);
        }

        foreach (var entry in _entries.Values)
        {
            entry.Stored = true;
            entry.Hits = 0;
        }
    }

    private static void Hit(Entry? entry)
    {
        if (entry is not null)
        {
            entry.Hits++;
        }
    }

    private sealed class Entry(Guid id, string result, bool Stored)
    {
        public Guid Id { get; } = id;
        public string Result { get; } = result;
        public bool Stored { get; set; } = Stored;
        public int Hits { get; set; }
        public double? Confidence { get; init; }
        public double LatencyMs { get; init; }
    }
}
