using Microsoft.Data.Sqlite;
using Npgsql;
using Relais.Data;

namespace Relais.Testing;

/// <summary>
/// A throwaway database for one test class: a named in-memory SQLite database kept alive by an open
/// connection (each DbContext opens its own, so parallel requests are safe), or, when
/// RELAIS_TEST_DB=postgres, a fresh database created on the server of RELAIS_TEST_POSTGRES.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection? _keepAlive;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseSettings settings, SqliteConnection? keepAlive, string? postgresName)
    {
        Settings = settings;
        _keepAlive = keepAlive;
        _postgresName = postgresName;
    }

    public DatabaseSettings Settings { get; }

    public static DatabaseProvider ConfiguredProvider =>
        Environment.GetEnvironmentVariable("RELAIS_TEST_DB") == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider? provider = null)
    {
        if ((provider ?? ConfiguredProvider) == DatabaseProvider.Sqlite)
        {
            var connectionString = $"Data Source=file:relais-{Guid.NewGuid():N}?mode=memory&cache=shared";
            var keepAlive = new SqliteConnection(connectionString);
            await keepAlive.OpenAsync();
            return new TestDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, connectionString), keepAlive, null);
        }

        var server = Environment.GetEnvironmentVariable("RELAIS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("RELAIS_TEST_DB=postgres needs RELAIS_TEST_POSTGRES (a connection string); ./test.sh sets it.");
        var name = $"relais_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
        return new TestDatabase(DatabaseSettings.Postgres(builder.ConnectionString), null, name);
    }

    /// <summary>A context in <paramref name="scope"/>; by default the unscoped escape, for test setup and checks across teams.</summary>
    public RelaisDbContext CreateContext(ITeamScope? scope = null) => new(Settings.CreateContextOptions(), scope ?? TeamScope.Unscoped("test setup"));

    public async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }

        if (_postgresName is not null)
        {
            await ExecuteAsync(Environment.GetEnvironmentVariable("RELAIS_TEST_POSTGRES")!, $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
