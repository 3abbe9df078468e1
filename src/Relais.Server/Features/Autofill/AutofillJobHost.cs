using System.Collections.Concurrent;
using System.Threading.Channels;
using Relais.Data.Model;
using Relais.Server.Features.Tenancy;

namespace Relais.Server.Features.Autofill;

/// <summary>
/// Where jobs run: each in a DI scope of its own bound to its team, never in the request that asked
/// for it (the request's context, its user and its audit, stay behind). Queued jobs wait in a
/// channel the worker reads; a running job can be cancelled from any request.
/// </summary>
public sealed class AutofillJobHost(TeamScopes scopes)
{
    private readonly Channel<(Guid TeamId, Guid JobId)> _queue = Channel.CreateUnbounded<(Guid, Guid)>();
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();

    public ChannelReader<(Guid TeamId, Guid JobId)> Queue => _queue.Reader;

    public void Enqueue(Guid teamId, Guid jobId) => _queue.Writer.TryWrite((teamId, jobId));

    /// <summary>Stops a job running in this process after its current batch (other servers see the job row's flag).</summary>
    public void Cancel(Guid jobId)
    {
        if (_running.TryGetValue(jobId, out var cancel))
        {
            cancel.Cancel();
        }
    }

    /// <summary>Runs a queued job to its end in its team's scope, outside the caller's execution context.</summary>
    public Task<AutofillJob> RunAsync(Guid teamId, Guid jobId, IProgress<JobProgress>? progress, CancellationToken cancellationToken)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(() => RunInScopeAsync(teamId, jobId, progress, cancellationToken), CancellationToken.None);
        }
    }

    private async Task<AutofillJob> RunInScopeAsync(Guid teamId, Guid jobId, IProgress<JobProgress>? progress, CancellationToken cancellationToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _running[jobId] = cancel;
        try
        {
            await using var scope = scopes.ForTeam(teamId);
            return await scope.ServiceProvider.GetRequiredService<AutofillJobRunner>().RunAsync(jobId, progress, cancel.Token);
        }
        finally
        {
            _running.TryRemove(jobId, out _);
        }
    }
}
