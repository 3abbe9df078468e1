using Microsoft.Extensions.Diagnostics.HealthChecks;
using Relais.Data;

namespace Relais.Server.Features.Health;

/// <summary>Unhealthy while the database lacks a migration this build expects (run <c>relais migrate up</c>).</summary>
internal sealed class MigrationsHealthCheck(DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await migrator.PendingAsync(cancellationToken);
        return pending.Count == 0
            ? HealthCheckResult.Healthy("All migrations applied.")
            : HealthCheckResult.Unhealthy(
                $"{pending.Count} migration(s) pending: run relais migrate up.",
                data: new Dictionary<string, object> { ["pending"] = pending });
    }
}
