using Relais.Server.Features.Accuracy;
using Relais.Server.Features.Tenancy;

namespace Relais.Server.Jobs;

/// <summary>
/// Every hour, rolls each team's feedback of the last week up into <c>ai_accuracy_metrics</c>
/// (days already final are simply recomputed to the same rows), each team in its own scope.
/// </summary>
internal sealed class AccuracyRollupJob(TeamScopes scopes, TimeProvider time, ILogger<AccuracyRollupJob> logger) : PeriodicJob(time, logger)
{
    private const int Days = 7;

    protected override TimeSpan Period => TimeSpan.FromHours(1);

    internal override async Task TickAsync(CancellationToken cancellationToken)
    {
        foreach (var team in await scopes.ListTeamsAsync("accuracy roll-up: list the teams", cancellationToken))
        {
            await using var scope = scopes.ForTeam(team);
            var rollup = scope.ServiceProvider.GetRequiredService<AccuracyRollup>();
            foreach (var day in await rollup.DaysWithFeedbackAsync(Time.GetUtcNow(), Days, cancellationToken))
            {
                await rollup.RecomputeAsync(day, cancellationToken);
            }
        }
    }
}
