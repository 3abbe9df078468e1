using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Relais.Testing;

namespace Relais.Data.Tests;

public sealed class MigrationsTests
{
    private static readonly string[] Tables =
    [
        "teams", "users", "api_tokens", "people", "organisations", "person_organisation_links",
        "field_provenance", "email_accounts", "email_messages", "interactions", "tasks",
        "notifications", "audit_log",
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void HasPendingModelChanges_EachProvidersSnapshot_AgreesWithTheModel(DatabaseProvider provider)
    {
        // No server is contacted: the model is compared with the provider's snapshot.
        var settings = provider == DatabaseProvider.Sqlite
            ? new DatabaseSettings(provider, "Data Source=:memory:")
            : DatabaseSettings.Postgres("Host=localhost;Database=relais_snapshot_check");
        using var db = new RelaisDbContext(settings.CreateContextOptions());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the model changed since the last migration; add one with dotnet ef migrations add.");
    }

    [Fact]
    public void GetMigrations_BothProviders_HaveTheSameMigrationNames()
    {
        using var sqlite = new RelaisDbContext(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:").CreateContextOptions());
        using var postgres = new RelaisDbContext(DatabaseSettings.Postgres("Host=localhost;Database=x").CreateContextOptions());

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Names(sqlite), Names(postgres));
    }

    [Fact]
    public async Task UpDownUp_ConfiguredProvider_CreatesDropsAndRecreatesEveryTable()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var migrator = new DatabaseMigrator(db);

        var applied = await migrator.UpAsync();
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(await migrator.PendingAsync());
        AssertAllTables(await TableNamesAsync(db));

        var rolledBack = await migrator.DownAsync(Migration.InitialDatabase);
        Assert.Equal(applied.Reverse(), rolledBack);
        Assert.Empty(await TableNamesAsync(db));
        Assert.Empty(await migrator.AppliedAsync());

        await migrator.UpAsync();
        AssertAllTables(await TableNamesAsync(db));
        Assert.Empty(await migrator.PendingAsync());
    }

    [Fact]
    public async Task DownAsync_NoTarget_RollsBackOnlyTheLastMigration()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var migrator = new DatabaseMigrator(db);
        var all = await migrator.UpAsync();

        var rolledBack = await migrator.DownAsync(null);

        Assert.Equal([all[^1]], rolledBack);
        Assert.Equal(all.Take(all.Count - 1), await migrator.AppliedAsync());
    }

    [Fact]
    public async Task DownAsync_UnknownTarget_ThrowsWithTheKnownNames()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var migrator = new DatabaseMigrator(db);
        await migrator.UpAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => migrator.DownAsync("NoSuchMigration"));

        Assert.Contains("Initial", error.Message, StringComparison.Ordinal);
    }

    private static void AssertAllTables(List<string> names) => Assert.All(Tables, table => Assert.Contains(table, names));

    private static async Task<List<string>> TableNamesAsync(RelaisDbContext db)
    {
        var sql = db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal)
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '!_!_EF%' ESCAPE '!'"
            : "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '!_!_EF%' ESCAPE '!'";
        return await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }
}
