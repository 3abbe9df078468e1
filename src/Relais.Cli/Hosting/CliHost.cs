using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Relais.Data;
using Relais.Demo;
using Relais.Server;

namespace Relais.Cli.Hosting;

/// <summary>
/// Builds the server's own composition (<see cref="RelaisServer"/>) with the command line's
/// settings: <c>serve</c> runs it, the other verbs use its services without listening.
/// </summary>
internal static class CliHost
{
    public static WebApplication Build(ParseResult parse, string? urls = null) =>
        RelaisServer.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Relais:DataDir"] = parse.GetValue(CliOptions.DataDir),
                ["Relais:Database"] = parse.GetValue(CliOptions.Database),
            });
            // Start failures (bad settings, port in use) are reported by CliAction in one line.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
            // The demo team: what a fresh embedded database starts with, and what relais seed --demo creates.
            builder.Services.AddDemo();
            if (urls is not null)
            {
                builder.WebHost.UseUrls(urls);
            }
            else
            {
                // A one-shot verb reports its own failure in one line; EF's error log would repeat it.
                builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database", LogLevel.None);
            }
        });

    /// <summary>
    /// The schema a verb needs: the embedded database is migrated on the spot (as <c>serve</c> would);
    /// a PostgreSQL database must have been migrated by <c>relais migrate up</c>.
    /// </summary>
    public static async Task EnsureSchemaAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var migrator = services.GetRequiredService<DatabaseMigrator>();
        if (services.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Sqlite)
        {
            await migrator.UpAsync(cancellationToken);
        }
        else if ((await migrator.PendingAsync(cancellationToken)).Count > 0)
        {
            throw new CliException("the database has pending migrations: run relais migrate up first.");
        }
    }
}
