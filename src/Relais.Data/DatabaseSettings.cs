using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Relais.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database Relais uses: the embedded SQLite file, or PostgreSQL by connection string.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteFileName = "relais.db";

    /// <summary>An open connection to use instead of the connection string (tests keep an in-memory SQLite alive with it).</summary>
    public DbConnection? Connection { get; init; }

    public static DatabaseSettings EmbeddedSqlite(string dataDirectory) =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, SqliteFileName)}");

    public static DatabaseSettings Postgres(string connectionString) =>
        new(DatabaseProvider.Postgres, connectionString);

    /// <summary>Options for a context built by hand (CLI design time, tests) rather than by the container.</summary>
    public DbContextOptions<RelaisDbContext> CreateContextOptions()
    {
        var builder = new DbContextOptionsBuilder<RelaisDbContext>();
        builder.UseRelaisDatabase(this);
        return builder.Options;
    }

    /// <summary>Where the migrations of this provider live (generated from the same model).</summary>
    public string MigrationsAssembly => Provider == DatabaseProvider.Sqlite ? "Relais.Data.Sqlite" : "Relais.Data.Postgres";
}
