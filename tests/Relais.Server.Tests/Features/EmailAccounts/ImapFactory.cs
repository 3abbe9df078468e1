using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Relais.Server.Tests.Infrastructure;
using Relais.Testing;

namespace Relais.Server.Tests.Features.EmailAccounts;

/// <summary>The server with small sync batches and a switch that breaks ingestion after a given batch.</summary>
public sealed class ImapFactory : RelaisFactory
{
    public const int BatchSize = 2;

    public IngestionFault Fault { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Relais:MailSync:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Relais:MailSync:Timeout"] = "00:00:10",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            foreach (var interceptor in Fault.Interceptors)
            {
                services.AddSingleton(interceptor);
            }
        });
    }
}

/// <summary>
/// Faults at the database, where they happen: <see cref="RefuseBeyondAsync"/> installs a trigger
/// that makes the database refuse to store more than a number of the team's emails (as a full disk
/// or a lost connection would); <see cref="CancelOnceStored"/> cancels a token right after the
/// transaction that brought the team's emails to a number commits (as a stopping server would).
/// </summary>
#pragma warning disable EF1002, EF1003 // DDL takes no parameters; the SQL holds only a Guid and a number
public sealed class IngestionFault
{
    private const string Trigger = "relais_test_fault";
    private (TestDatabase Database, Guid TeamId, int Emails, CancellationTokenSource Source)? _cancel;

    public IInterceptor[] Interceptors => [new Transactions(this)];

    public static async Task RefuseBeyondAsync(TestDatabase database, Guid teamId, int emails)
    {
        await using var db = database.CreateContext();
        var team = teamId.ToString();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"""
                CREATE OR REPLACE FUNCTION {Trigger}() RETURNS trigger AS $$
                BEGIN
                  IF NEW.team_id = '{team}' AND (SELECT COUNT(*) FROM email_messages WHERE team_id = NEW.team_id) >= {emails} THEN
                    RAISE EXCEPTION 'simulated database failure while storing emails';
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql;
                CREATE TRIGGER {Trigger} BEFORE INSERT ON email_messages FOR EACH ROW EXECUTE FUNCTION {Trigger}();
                """);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync($"""
                CREATE TRIGGER {Trigger} BEFORE INSERT ON email_messages
                WHEN NEW.team_id = '{team.ToUpperInvariant()}' AND (SELECT COUNT(*) FROM email_messages WHERE team_id = NEW.team_id) >= {emails}
                BEGIN SELECT RAISE(ABORT, 'simulated database failure while storing emails'); END;
                """);
        }
    }

    public void CancelOnceStored(TestDatabase database, Guid teamId, int emails, CancellationTokenSource source) =>
        _cancel = (database, teamId, emails, source);

    public async Task DisarmAsync(TestDatabase database)
    {
        _cancel = null;
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync($"DROP TRIGGER IF EXISTS {Trigger}" + (db.Database.IsNpgsql() ? " ON email_messages" : string.Empty));
    }

    private async Task CommittedAsync()
    {
        if (_cancel is not { } cancel)
        {
            return;
        }

        await using var db = cancel.Database.CreateContext();
        if (await db.EmailMessages.CountAsync(e => e.TeamId == cancel.TeamId) >= cancel.Emails)
        {
            _cancel = null;
            await cancel.Source.CancelAsync();
        }
    }

    private sealed class Transactions(IngestionFault fault) : DbTransactionInterceptor
    {
        public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await fault.CommittedAsync();
            await base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
        }
    }
}
#pragma warning restore EF1002, EF1003
