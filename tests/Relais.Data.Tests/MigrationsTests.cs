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
        "notifications", "audit_log", "email_folders", "email_contents", "email_analyses", "ai_memory",
        "autofill_suggestions", "autofill_jobs", "ai_feedback", "ai_accuracy_metrics", "email_blacklist",
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
    public async Task Autofill_MailStoredBeforeIt_KeepsItsContentUpAndDown()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var migrator = new DatabaseMigrator(db);
        var all = db.Database.GetMigrations().ToList();
        var initial = all.Single(m => m.EndsWith("_Initial", StringComparison.Ordinal));
        await migrator.UpAsync();
        await migrator.DownAsync(initial);
        var team = Guid.NewGuid();
        var email = Guid.NewGuid();
        var sqlite = db.Database.IsSqlite();
        object empty = sqlite ? "[]" : Array.Empty<string>();
        // The Initial schema, by hand: a team and one stored email with its body and raw message.
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO teams (id, name, timezone, default_phone_region, ai_policy, own_domains, created_at) VALUES ({0}, 'Avant', 'Europe/Paris', 'FR', 'local_only', {2}, {1})",
            sqlite ? team.ToString().ToUpperInvariant() : team, sqlite ? 0L : DateTimeOffset.UnixEpoch, empty);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO email_messages (id, team_id, content_hash, received_at, created_at, direction, analysis_state, attempts, \"to\", cc, text_body, raw_mime) " +
            "VALUES ({0}, {1}, 'h', {2}, {2}, 'inbound', 'pending', 0, {4}, {4}, 'Bonjour Jean', {3})",
            sqlite ? email.ToString().ToUpperInvariant() : email, sqlite ? team.ToString().ToUpperInvariant() : team, sqlite ? 0L : DateTimeOffset.UnixEpoch, "Subject: x\r\n\r\nBonjour Jean"u8.ToArray(), empty);

        await migrator.UpAsync();
        await using var after = database.CreateContext();
        var content = await after.EmailContents.SingleAsync(c => c.EmailMessageId == email);
        await migrator.DownAsync(initial);
        var back = await db.Database.SqlQueryRaw<string>("SELECT text_body AS \"Value\" FROM email_messages").SingleAsync();

        Assert.Equal("Bonjour Jean", content.TextBody);
        Assert.Equal("Subject: x\r\n\r\nBonjour Jean"u8.ToArray(), content.RawMime);
        Assert.Equal(team, content.TeamId);
        Assert.Equal("Bonjour Jean", back);
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
