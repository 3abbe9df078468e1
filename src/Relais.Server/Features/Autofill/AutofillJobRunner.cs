using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Tenancy;

namespace Relais.Server.Features.Autofill;

/// <summary>Progress of a running job, after each batch.</summary>
public sealed record JobProgress(int Processed, int Total, AutofillCounters Counters);

/// <summary>
/// Runs one job of the scope's team to its end: batch after batch until the window is empty, the
/// job's email budget is spent, or a cancel is asked for (through the API or the token); the job
/// row carries status, progress, counters and a heartbeat after every batch.
/// </summary>
public sealed partial class AutofillJobRunner(
    RelaisDbContext db, TeamScopes scopes, TimeProvider time, IOptions<AutofillOptions> options, ILogger<AutofillJobRunner> logger)
{
    public async Task<AutofillJob> RunAsync(Guid jobId, IProgress<JobProgress>? progress, CancellationToken cancellationToken)
    {
        var job = await db.AutofillJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        if (job.Status != JobStatus.Queued)
        {
            return job;
        }

        var worker = $"{Environment.MachineName}:{Environment.ProcessId}:{jobId:N}";
        var parameters = new AutofillParameters(job.DaysBack, job.MaxEmails, job.AutoApplyThreshold);
        var since = time.GetUtcNow().AddDays(-job.DaysBack);
        job.Status = JobStatus.Running;
        job.StartedAt = job.HeartbeatAt = time.GetUtcNow();
        job.Total = Math.Min(job.MaxEmails, await new EmailClaims(db, time).CountWaitingAsync(since, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        LogStarted(logger, job.Id, job.Total);

        var counters = new AutofillCounters();
        var claimed = 0;
        var reserved = 0;
        var cancelled = false;
        using var progressLock = new SemaphoreSlim(1);

        // Several batch loops, each with its own scope (a DbContext is single-threaded): while one waits for
        // the database, another analyses. Claims keep them apart; the job's budget is reserved before a claim.
        int Reserve()
        {
            while (true)
            {
                var taken = Volatile.Read(ref reserved);
                var size = Math.Min(options.Value.BatchSize, job.MaxEmails - taken);
                if (size <= 0 || Interlocked.CompareExchange(ref reserved, taken + size, taken) == taken)
                {
                    return Math.Max(0, size);
                }
            }
        }

        async Task LoopAsync(string loopWorker)
        {
            while (!Volatile.Read(ref cancelled))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var size = Reserve();
                if (size == 0)
                {
                    return;
                }

                AutofillCounters batch;
                await using (var scope = scopes.ForTeam(job.TeamId))
                {
                    batch = await scope.ServiceProvider.GetRequiredService<AutofillPipeline>()
                        .RunBatchAsync(parameters, size, loopWorker, job.Id, cancellationToken);
                }

                Interlocked.Add(ref reserved, batch.Claimed - size);
                if (batch.Claimed == 0)
                {
                    return;
                }

                await progressLock.WaitAsync(cancellationToken);
                try
                {
                    claimed += batch.Claimed;
                    counters += batch;
                    if (await HeartbeatAsync(job, counters, claimed, cancellationToken))
                    {
                        Volatile.Write(ref cancelled, true);
                    }

                    progress?.Report(new JobProgress(claimed, Math.Max(job.Total, claimed), counters));
                }
                finally
                {
                    progressLock.Release();
                }
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(i => LoopAsync($"{worker}:{i}")));
            job.Status = cancelled ? JobStatus.Cancelled : JobStatus.Succeeded;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            job.Status = JobStatus.Cancelled;
        }
#pragma warning disable CA1031 // a job's failure is recorded on the job, never lost in a log
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, job.Id);
            job.Status = JobStatus.Failed;
            job.Error = "the job stopped: " + ex.GetType().Name;
        }

        db.ChangeTracker.Clear();
        Apply(job, counters, claimed);
        job.FinishedAt = time.GetUtcNow();
        db.AutofillJobs.Update(job);
        await db.SaveChangesAsync(CancellationToken.None);
        LogFinished(logger, job.Id, job.Status, counters.EmailsProcessed);
        return job;
    }

    /// <summary>Writes progress and heartbeat; true when a cancel was asked for.</summary>
    private async Task<bool> HeartbeatAsync(AutofillJob job, AutofillCounters counters, int claimed, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var cancel = await db.AutofillJobs.AsNoTracking().Where(j => j.Id == job.Id).Select(j => j.CancelRequested).SingleAsync(cancellationToken);
        Apply(job, counters, claimed);
        job.HeartbeatAt = time.GetUtcNow();
        db.AutofillJobs.Update(job);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return cancel;
    }

    private static void Apply(AutofillJob job, AutofillCounters c, int claimed)
    {
        job.Total = Math.Max(job.Total, claimed);
        job.EmailsProcessed = c.EmailsProcessed;
        job.SignaturesParsed = c.SignaturesParsed;
        job.SignaturesCached = c.SignaturesCached;
        job.IntentsDetected = c.IntentsDetected;
        job.IntentsCached = c.IntentsCached;
        job.SuggestionsCreated = c.SuggestionsCreated;
        job.AutoApplied = c.AutoApplied;
        job.ManualReview = c.ManualReview;
        job.Errors = c.Errors;
        job.ProcessingTimeMs = c.ProcessingTimeMs;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Autofill job {JobId} started: {Total} emails waiting")]
    private static partial void LogStarted(ILogger logger, Guid jobId, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Autofill job {JobId} {Status}: {Processed} emails processed")]
    private static partial void LogFinished(ILogger logger, Guid jobId, JobStatus status, int processed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Autofill job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
