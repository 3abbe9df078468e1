using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Autofill;
using Relais.Server.Features.Tenancy;

namespace Relais.Server.Jobs;

/// <summary>
/// Runs the jobs started through the API or the schedule, two at a time, each in its team's scope.
/// At start it takes back the jobs left queued by a previous run of the server.
/// </summary>
internal sealed partial class AutofillJobWorker(AutofillJobHost host, TeamScopes scopes, ILogger<AutofillJobWorker> logger) : BackgroundService
{
    private const int Parallelism = 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RequeueAsync(stoppingToken);
        using var slots = new SemaphoreSlim(Parallelism);
        var running = new List<Task>();
        await foreach (var (teamId, jobId) in host.Queue.ReadAllAsync(stoppingToken))
        {
            await slots.WaitAsync(stoppingToken);
            running.RemoveAll(t => t.IsCompleted);
            running.Add(RunAsync(teamId, jobId, slots, stoppingToken));
        }

        await Task.WhenAll(running);
    }

    private async Task RunAsync(Guid teamId, Guid jobId, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await host.RunAsync(teamId, jobId, null, stoppingToken);
        }
#pragma warning disable CA1031 // one job's failure must not stop the worker
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, jobId);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task RequeueAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var teamId in await scopes.ListTeamsAsync("autofill worker: list the teams", stoppingToken))
            {
                await using var scope = scopes.ForTeam(teamId);
                var queued = await scope.ServiceProvider.GetRequiredService<RelaisDbContext>().AutofillJobs
                    .Where(j => j.Status == JobStatus.Queued).OrderBy(j => j.CreatedAt).Select(j => j.Id).ToListAsync(stoppingToken);
                queued.ForEach(job => host.Enqueue(teamId, job));
            }
        }
#pragma warning disable CA1031 // a database not ready yet must not stop the host; jobs queued later still run
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogRequeueFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Autofill job {JobId} could not run")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queued autofill jobs could not be taken back at start")]
    private static partial void LogRequeueFailed(ILogger logger, Exception exception);
}
