using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Outbox;
using Relais.Server.Features.Tenancy;

namespace Relais.Server.Jobs;

/// <summary>Every period, each team with mail due in its outbox sends it (<see cref="OutboxSender"/>), in a scope bound to that team.</summary>
internal sealed class OutboxJob(TeamScopes scopes, TimeProvider time, IOptions<SmtpOptions> options, ILogger<OutboxJob> logger)
    : PeriodicJob(time, logger)
{
    protected override TimeSpan Period => options.Value.Period;

    protected override bool Enabled => options.Value.Enabled;

    internal override async Task TickAsync(CancellationToken cancellationToken)
    {
        List<Guid> teams;
        var now = Time.GetUtcNow();
        await using (var root = scopes.Unscoped("outbox: the teams with mail to send"))
        {
            teams = await root.ServiceProvider.GetRequiredService<RelaisDbContext>().OutboxMessages
                .Where(m => m.Status == OutboxStatus.Queued && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
                .Select(m => m.TeamId).Distinct().ToListAsync(cancellationToken);
        }

        foreach (var team in teams)
        {
            await using var scope = scopes.ForTeam(team);
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(cancellationToken);
        }
    }
}
