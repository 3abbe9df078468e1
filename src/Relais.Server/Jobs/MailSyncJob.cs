using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;
using Relais.Server.Features.EmailAccounts;
using Relais.Server.Features.Tenancy;

namespace Relais.Server.Jobs;

/// <summary>
/// Every period, syncs each team's active mailboxes whose owner consented, each in its team's scope
/// and its own DI scope: one mailbox failing (server down, wrong password) never stops the others,
/// and what went wrong stays on the account's <c>last_error</c>.
/// </summary>
internal sealed partial class MailSyncJob(TeamScopes scopes, TimeProvider time, IOptions<MailSyncOptions> options, ILogger<MailSyncJob> logger)
    : PeriodicJob(time, logger)
{
    protected override TimeSpan Period => options.Value.Period;

    protected override bool Enabled => options.Value.Enabled;

    internal override async Task TickAsync(CancellationToken cancellationToken)
    {
        foreach (var team in await scopes.ListTeamsAsync("mail sync: list the teams", cancellationToken))
        {
            List<Guid> accounts;
            await using (var scope = scopes.ForTeam(team))
            {
                accounts = await scope.ServiceProvider.GetRequiredService<RelaisDbContext>().EmailAccounts.AsNoTracking()
                    .Where(a => a.Active && a.Consent).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
            }

            foreach (var account in accounts)
            {
                await SyncOneAsync(team, account, cancellationToken);
            }
        }
    }

    private async Task SyncOneAsync(Guid team, Guid accountId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.ForTeam(team);
            var db = scope.ServiceProvider.GetRequiredService<RelaisDbContext>();
            if (await db.EmailAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken) is { } account)
            {
                await scope.ServiceProvider.GetRequiredService<MailSync>().SyncAsync(account, cancellationToken);
            }
        }
#pragma warning disable CA1031 // one mailbox's failure must not stop the others
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogAccountFailed(logger, ex, accountId, team);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail sync of mailbox {AccountId} of team {TeamId} failed")]
    private static partial void LogAccountFailed(ILogger logger, Exception exception, Guid accountId, Guid teamId);
}
