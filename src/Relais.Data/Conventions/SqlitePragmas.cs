using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Relais.Data.Conventions;

/// <summary>
/// Per-connection SQLite settings for a server's workload: in WAL mode, <c>synchronous=NORMAL</c>
/// is durable across application crashes (only a power loss can lose the last commits) and spares a
/// sync per transaction; a 64 MB page cache keeps the indexes a batch touches in memory; a writer
/// waiting for another (two batches of a job) waits in SQLite's own busy handler, in short steps.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
