using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;

namespace Relais.Server.Hosting;

/// <summary>
/// Before the server listens: migrate the embedded database (or any database in Development) and,
/// on the first start of the embedded default, run the registered <see cref="IFirstRunSeeder"/>.
/// A production PostgreSQL is migrated explicitly with <c>relais migrate up</c>.
/// </summary>
internal sealed partial class DatabaseStartup(
    IServiceScopeFactory scopes,
    IOptions<RelaisOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelaisDbContext>();

        if (settings.MigrateOnStart ?? (settings.Embedded || environment.IsDevelopment()))
        {
            if (db.Database.IsSqlite())
            {
                // WAL lets the API read while a job writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().UpAsync(cancellationToken);
            LogMigrated(logger, applied.Count);
        }

        if (settings.Embedded && settings.SeedDemoOnFirstRun
            && scope.ServiceProvider.GetService<IFirstRunSeeder>() is { } seeder
            && !await db.Teams.AnyAsync(cancellationToken))
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated: {Count} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, int count);
}
