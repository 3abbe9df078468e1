using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Relais.Data.Conventions;

namespace Relais.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// A list in a query (<c>ids.Contains(e.Id)</c>) is sent as one array parameter (json_each on SQLite, ANY on
    /// PostgreSQL): one SQL text and one compiled query whatever the list's length, where one parameter per element
    /// compiles a new query for every new length.
    /// </summary>
    private const ParameterTranslationMode Lists = ParameterTranslationMode.Parameter;

    /// <summary>
    /// Registers <see cref="RelaisDbContext"/> on the <see cref="DatabaseSettings"/> found in the
    /// container when the context is first built, so a host (or a test) can decide it late; the
    /// host's <see cref="IInterceptor"/> services (auditing) are attached to every context.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services)
    {
        services.AddDbContext<RelaisDbContext>((provider, options) => options
            .UseRelaisDatabase(provider.GetRequiredService<DatabaseSettings>())
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    public static DbContextOptionsBuilder UseRelaisDatabase(this DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // SQLite rebuilds a table to drop a column, with foreign keys off outside the migration's transaction:
        // EF's standard way there, which it warns about on every fresh database.
        // The Autofill migration moves mail content with SQL before SQLite's rebuild of the table it came from: the
        // order is intended (tested both ways), the warning about it is not for users.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning, SqliteEventId.TableRebuildPendingWarning));
        return (settings.Provider, settings.Connection) switch
        {
            (DatabaseProvider.Sqlite, null) => options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(settings.MigrationsAssembly).UseParameterizedCollectionMode(Lists)).AddInterceptors(new SqlitePragmas()),
            (DatabaseProvider.Sqlite, { } connection) => options.UseSqlite(connection, o => o.MigrationsAssembly(settings.MigrationsAssembly).UseParameterizedCollectionMode(Lists)).AddInterceptors(new SqlitePragmas()),
            (DatabaseProvider.Postgres, null) => options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(settings.MigrationsAssembly).UseParameterizedCollectionMode(Lists)),
            (DatabaseProvider.Postgres, { } connection) => options.UseNpgsql(connection, o => o.MigrationsAssembly(settings.MigrationsAssembly).UseParameterizedCollectionMode(Lists)),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider."),
        };
    }
}
