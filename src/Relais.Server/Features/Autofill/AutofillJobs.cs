using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Autofill;

/// <summary>A job could not be created: the team already has one queued or running.</summary>
public sealed record ActiveJobConflict(Guid JobId);

/// <summary>
/// The scope's team's autofill jobs: created queued (one active per team, enforced by a unique
/// index), cancelled on request. A running job whose heartbeat stopped (its process died) is marked
/// failed before a new one starts, so a crash never blocks the team.
/// </summary>
public sealed class AutofillJobs(RelaisDbContext db, ITeamScope scope, TimeProvider time, IOptions<AutofillOptions> options)
{
    public async Task<JobCreation> CreateAsync(AutofillParameters parameters, JobTrigger trigger, Guid? userId, Guid? tokenId, CancellationToken cancellationToken)
    {
        var teamId = scope.TeamId is { } id && id != Guid.Empty ? id : throw new InvalidOperationException("Jobs need a team scope.");
        await FailInterruptedAsync(cancellationToken);
        var job = new AutofillJob
        {
            TeamId = teamId,
            DaysBack = parameters.DaysBack,
            MaxEmails = parameters.MaxEmails,
            AutoApplyThreshold = parameters.Threshold,
            Trigger = trigger,
            TriggeredByUserId = userId,
            TriggeredByTokenId = tokenId,
            CreatedAt = time.GetUtcNow(),
        };
        db.AutofillJobs.Add(job);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new JobCreation(job, null);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var active = await ActiveAsync(cancellationToken);
            if (active is null)
            {
                throw;
            }

            return new JobCreation(null, new ActiveJobConflict(active.Id));
        }
    }

    public Task<AutofillJob?> ActiveAsync(CancellationToken cancellationToken) =>
        db.AutofillJobs.AsNoTracking().Where(j => j.Status == JobStatus.Queued || j.Status == JobStatus.Running)
            .OrderBy(j => j.CreatedAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Asks a job to stop: a queued job is cancelled at once, a running one after its current batch.</summary>
    public async Task<AutofillJob?> CancelAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await db.AutofillJobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null)
        {
            return null;
        }

        if (job.Status == JobStatus.Queued)
        {
            job.Status = JobStatus.Cancelled;
            job.FinishedAt = time.GetUtcNow();
        }
        else if (job.Status == JobStatus.Running)
        {
            job.CancelRequested = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        return job;
    }

    private async Task FailInterruptedAsync(CancellationToken cancellationToken)
    {
        var stale = time.GetUtcNow() - (options.Value.Lease * 2);
        await db.AutofillJobs.Where(j => j.Status == JobStatus.Running && (j.HeartbeatAt ?? j.StartedAt ?? j.CreatedAt) < stale)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Failed).SetProperty(j => j.FinishedAt, time.GetUtcNow())
                .SetProperty(j => j.Error, "interrupted: the worker running it stopped"), cancellationToken);
    }

    /// <summary>The created job, or the conflict with the team's active one.</summary>
    public sealed record JobCreation(AutofillJob? Job, ActiveJobConflict? Conflict);
}
