using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Server.Features.Accuracy;
using Relais.Server.Features.Tenancy;

namespace Relais.Server.Jobs;

/// <summary>
/// Every hour, rolls each team's feedback of the last week up into <c>ai_accuracy_metrics</c>
/// (days already final are simply recomputed to the same rows), each team in its own scope.
/// </summary>
internal sealed partial class AccuracyRollupJob(TeamScopes scopes, TimeProvider time, ILogger<AccuracyRollupJob> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);
    private const int Days = 7;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TickAsync(stoppingToken);
            }
#pragma warning disable CA1031 // errors are logged per tick; the next tick tries again
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogTickFailed(logger, ex);
            }
        }
    }

    internal async Task TickAsync(CancellationToken cancellationToken)
    {
        List<Guid> teams;
        await using (var root = scopes.Unscoped("accuracy roll-up: list the teams"))
        {
            teams = await root.ServiceProvider.GetRequiredService<RelaisDbContext>().Teams.Select(t => t.Id).ToListAsync(cancellationToken);
        }

        foreach (var team in teams)
        {
            await using var scope = scopes.ForTeam(team);
            var rollup = scope.ServiceProvider.GetRequiredService<AccuracyRollup>();
            foreach (var day in await rollup.DaysWithFeedbackAsync(time.GetUtcNow(), Days, cancellationToken))
            {
                await rollup.RecomputeAsync(day, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Accuracy roll-up tick failed")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
