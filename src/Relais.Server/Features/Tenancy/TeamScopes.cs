using Microsoft.EntityFrameworkCore;
using Relais.Data;

namespace Relais.Server.Features.Tenancy;

/// <summary>
/// Opens DI scopes bound to one team: every job tick and every per-team step runs in one, so its
/// DbContext can neither read nor write another team's rows. The escape across teams is named and
/// logged each time it is taken.
/// </summary>
public sealed partial class TeamScopes(IServiceScopeFactory scopes, ILogger<TeamScopes> logger)
{
    public AsyncServiceScope ForTeam(Guid teamId)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTeam>().Bind(TeamScope.For(teamId));
        return scope;
    }

    /// <summary>A scope that sees every team, for <paramref name="reason"/> (a fixed phrase, logged).</summary>
    public AsyncServiceScope Unscoped(string reason)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTeam>().Bind(TeamScope.Unscoped(reason));
        LogUnscoped(logger, reason);
        return scope;
    }

    /// <summary>The ids of every team, for a job's "each team in turn" step; the escape is named and logged.</summary>
    public async Task<List<Guid>> ListTeamsAsync(string reason, CancellationToken cancellationToken)
    {
        await using var scope = Unscoped(reason);
        return await scope.ServiceProvider.GetRequiredService<RelaisDbContext>().Teams.AsNoTracking()
            .OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Binds an existing scope (a CLI verb's) to <paramref name="teamId"/>.</summary>
    public static void Bind(IServiceProvider services, Guid teamId) =>
        services.GetRequiredService<CurrentTeam>().Bind(TeamScope.For(teamId));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unscoped database access across teams: {Reason}")]
    private static partial void LogUnscoped(ILogger logger, string reason);
}
