using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Autofill;

/// <summary>
/// Claims the team's next emails for one worker: pending ones, failed ones whose backoff has passed,
/// and ones whose worker's lease expired (a crashed worker). On PostgreSQL the rows are locked with
/// <c>FOR UPDATE SKIP LOCKED</c>, so two servers never claim the same email; on SQLite the claim is
/// one IMMEDIATE transaction (SQLite has one writer at a time).
/// </summary>
internal sealed class EmailClaims(RelaisDbContext db, TimeProvider time)
{
    public async Task<List<Guid>> ClaimAsync(
        Guid teamId, string worker, DateTimeOffset since, int count, AutofillOptions options, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Lease;

        // A message whose worker died on it as many times as it may be tried is parked, not taken again: it may be
        // what kills the worker.
        var maxAttempts = options.MaxAttempts;
        await db.EmailMessages
            .Where(e => e.AnalysisState == AnalysisState.Processing && e.LeaseExpiresAt < now && e.Attempts >= maxAttempts)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.AnalysisState, AnalysisState.Parked)
                .SetProperty(e => e.LeaseOwner, (string?)null)
                .SetProperty(e => e.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(e => e.LastError, "parked: its processing stopped without finishing on every attempt"), cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // One statement: select, lock and mark; rows another worker holds are skipped, not waited for.
            return await db.Database.SqlQuery<Guid>($"""
                UPDATE email_messages
                SET analysis_state = 'processing', lease_owner = {worker}, lease_expires_at = {expires}, attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM email_messages
                    WHERE team_id = {teamId} AND direction = 'inbound' AND received_at >= {since}
                      AND (analysis_state = 'pending'
                           OR (analysis_state = 'failed' AND next_attempt_at <= {now})
                           OR (analysis_state = 'processing' AND lease_expires_at < {now}))
                    ORDER BY received_at, id
                    LIMIT {count}
                    FOR UPDATE SKIP LOCKED)
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await Claimable(since, now).OrderBy(e => e.ReceivedAt).ThenBy(e => e.Id).Select(e => e.Id).Take(count).ToListAsync(cancellationToken);
        await db.EmailMessages.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.AnalysisState, AnalysisState.Processing)
            .SetProperty(e => e.LeaseOwner, worker)
            .SetProperty(e => e.LeaseExpiresAt, expires)
            .SetProperty(e => e.Attempts, e => e.Attempts + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    /// <summary>How many emails a job over this window would find waiting now.</summary>
    public Task<int> CountWaitingAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Claimable(since, time.GetUtcNow()).CountAsync(cancellationToken);

    /// <summary>
    /// Gives back the claims of <paramref name="worker"/> that it could not finish (a failed write):
    /// each email counts one failed attempt, waits its backoff, and is parked after the last one.
    /// </summary>
    public async Task FailAsync(IReadOnlyCollection<Guid> ids, string worker, string error, AutofillOptions options, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await db.EmailMessages.Where(e => ids.Contains(e.Id) && e.LeaseOwner == worker).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            MarkFailed(row, error, now, options);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static void MarkFailed(EmailMessage row, string error, DateTimeOffset now, AutofillOptions options)
    {
        row.LastError = error.Length > 500 ? error[..500] : error;
        row.LeaseOwner = null;
        row.LeaseExpiresAt = null;
        if (row.Attempts >= options.MaxAttempts)
        {
            row.AnalysisState = AnalysisState.Parked;
            row.NextAttemptAt = null;
        }
        else
        {
            row.AnalysisState = AnalysisState.Failed;
            row.NextAttemptAt = now + (options.RetryAfter * Math.Pow(5, Math.Max(0, row.Attempts - 1)));
        }
    }

    private IQueryable<EmailMessage> Claimable(DateTimeOffset since, DateTimeOffset now) =>
        db.EmailMessages.Where(e => e.Direction == MessageDirection.Inbound && e.ReceivedAt >= since
            && (e.AnalysisState == AnalysisState.Pending
                || (e.AnalysisState == AnalysisState.Failed && e.NextAttemptAt <= now)
                || (e.AnalysisState == AnalysisState.Processing && e.LeaseExpiresAt < now)));
}
