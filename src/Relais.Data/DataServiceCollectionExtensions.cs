using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Relais.Data;

public static class DataServiceCollectionExtensions
{
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
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));
        return (settings.Provider, settings.Connection) switch
        {
            (DatabaseProvider.Sqlite, null) => options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(settings.MigrationsAssembly)),
            (DatabaseProvider.Sqlite, { } connection) => options.UseSqlite(connection, o => o.MigrationsAssembly(settings.MigrationsAssembly)),
            (DatabaseProvider.Postgres, null) => options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(settings.MigrationsAssembly)),
            (DatabaseProvider.Postgres, { } connection) => options.UseNpgsql(connection, o => o.MigrationsAssembly(settings.MigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider."),
        };
    }
}
