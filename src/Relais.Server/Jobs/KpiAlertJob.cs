using Microsoft.Extensions.Options;
using Relais.Server.Features.Metrics;
using Relais.Server.Features.Tenancy;

namespace Relais.Server.Jobs;

/// <summary>Every <see cref="MetricsOptions.AlertPeriod"/>, checks each team's KPIs in its own scope and alerts its admins of the red ones.</summary>
internal sealed class KpiAlertJob(TeamScopes scopes, IOptions<MetricsOptions> options, TimeProvider time, ILogger<KpiAlertJob> logger) : PeriodicJob(time, logger)
{
    protected override TimeSpan Period => options.Value.AlertPeriod;

    protected override bool Enabled => options.Value.AlertsEnabled;

    internal override async Task TickAsync(CancellationToken cancellationToken)
    {
        foreach (var team in await scopes.ListTeamsAsync("kpi alerts: list the teams", cancellationToken))
        {
            await using var scope = scopes.ForTeam(team);
            await scope.ServiceProvider.GetRequiredService<KpiAlerts>().CheckAsync(cancellationToken);
        }
    }
}
