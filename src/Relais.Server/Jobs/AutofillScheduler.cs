using Cronos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Autofill;
using Relais.Server.Features.Tenancy;

namespace Relais.Server.Jobs;

/// <summary>
/// The built-in schedule: every tick, each team whose cron expression (in its time zone) has come
/// due since its last scheduled job gets a new job, which the worker runs. A team with a job
/// already running simply waits for the next occurrence.
/// </summary>
internal sealed partial class AutofillScheduler(
    TeamScopes scopes, AutofillJobHost host, TimeProvider time, IOptions<AutofillOptions> options, ILogger<AutofillScheduler> logger)
    : PeriodicJob(time, logger)
{
    /// <summary>What a scheduled run covers: the last month, at most a thousand emails.</summary>
    public static readonly (int DaysBack, int MaxEmails) Window = (30, 1000);

    protected override TimeSpan Period => options.Value.SchedulerPeriod;

    protected override bool Enabled => options.Value.ScheduleEnabled;

    internal override async Task TickAsync(CancellationToken cancellationToken)
    {
        List<(Guid Id, string Schedule, string Timezone, double Threshold, DateTimeOffset CreatedAt)> teams;
        await using (var root = scopes.Unscoped("autofill scheduler: list the teams and their schedules"))
        {
            teams = [.. (await root.ServiceProvider.GetRequiredService<RelaisDbContext>().Teams.AsNoTracking()
                    .Where(t => t.AutofillSchedule != null)
                    .Select(t => new { t.Id, t.AutofillSchedule, t.Timezone, t.AutoApplyThreshold, t.CreatedAt })
                    .ToListAsync(cancellationToken))
                .Select(t => (t.Id, t.AutofillSchedule!, t.Timezone, t.AutoApplyThreshold, t.CreatedAt))];
        }

        foreach (var team in teams)
        {
            await using var scope = scopes.ForTeam(team.Id);
            var db = scope.ServiceProvider.GetRequiredService<RelaisDbContext>();
            var last = await db.AutofillJobs.Where(j => j.Trigger == JobTrigger.Schedule).MaxAsync(j => (DateTimeOffset?)j.CreatedAt, cancellationToken);
            if (!IsDue(team.Schedule, team.Timezone, last ?? team.CreatedAt, Time.GetUtcNow()))
            {
                continue;
            }

            var created = await scope.ServiceProvider.GetRequiredService<AutofillJobs>()
                .CreateAsync(new AutofillParameters(Window.DaysBack, Window.MaxEmails, team.Threshold), JobTrigger.Schedule, null, null, cancellationToken);
            if (created.Job is { } job)
            {
                host.Enqueue(team.Id, job.Id);
                LogScheduled(logger, job.Id, team.Id);
            }
        }
    }

    /// <summary>An occurrence of the cron expression falls after <paramref name="since"/> and not after <paramref name="now"/>.</summary>
    internal static bool IsDue(string schedule, string timezone, DateTimeOffset since, DateTimeOffset now)
    {
        var cron = CronExpression.Parse(schedule);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timezone, out var found) ? found : TimeZoneInfo.Utc;
        var next = cron.GetNextOccurrence(since, zone);
        return next is { } at && at <= now;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled autofill job {JobId} for team {TeamId}")]
    private static partial void LogScheduled(ILogger logger, Guid jobId, Guid teamId);
}
