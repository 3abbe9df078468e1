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
        "routing_rules", "routing_executions", "outbox_messages",
        "email_metrics_daily", "email_latency_daily", "email_senders", "email_sender_days", "kpi_alerts",
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
    public async Task Metrics_MailAnalysedBeforeIt_IsCounted()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var migrator = new DatabaseMigrator(db);
        var before = db.Database.GetMigrations().Single(m => m.EndsWith("_Routing", StringComparison.Ordinal));
        await migrator.UpAsync();
        await migrator.DownAsync(before);
        var sqlite = db.Database.IsSqlite();
        object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;
        var (team, email, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var received = new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);
        object at = sqlite ? received.ToUnixTimeMilliseconds() : received;
        object empty = sqlite ? "[]" : Array.Empty<string>();
        // The schema before Metrics, by hand: two inbound emails from one sender, one analysed (a quote request with a parsed
        // signature, 12.5 ms), with one auto-applied suggestion and one approved the next day.
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO teams (id, name, timezone, default_phone_region, ai_policy, own_domains, created_at, auto_apply_threshold, auto_reply_daily_cap, business_days, " +
            "business_hours_start, business_hours_end, routing_fallback) VALUES ({0}, 'Avant', 'Europe/Paris', 'FR', 'local_only', {2}, {1}, 0.92, 50, {3}, {4}, {5}, 'owner_then_default')",
            Id(team), at, empty, sqlite ? "[1,2,3,4,5]" : new[] { 1, 2, 3, 4, 5 }, sqlite ? "09:00:00" : new TimeOnly(9, 0), sqlite ? "18:00:00" : new TimeOnly(18, 0));
        foreach (var id in new[] { email, other })
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO email_messages (id, team_id, content_hash, received_at, created_at, direction, analysis_state, attempts, \"to\", cc, from_email, from_name) " +
                "VALUES ({0}, {1}, {0}, {2}, {2}, 'inbound', 'done', 1, {3}, {3}, 'jean.dupont@acme.test', 'Jean Dupont')",
                Id(id), Id(team), at, empty);
        }

        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO email_analyses (id, team_id, email_message_id, engine_version, intent, intent_confidence, needs_reply, needs_reply_confidence, " +
            "signature_found, signature_parsed, fields, signature_cached, intent_cached, elapsed_ms, analyzed_at) " +
            "VALUES ({0}, {1}, {2}, '0.1.0', 'quotation_request', 0.9, TRUE, 0.8, TRUE, TRUE, '{{}}', FALSE, TRUE, 12.5, {3})",
            Id(Guid.NewGuid()), Id(team), Id(email), at);
        object approvedAt = sqlite ? received.AddDays(1).ToUnixTimeMilliseconds() : received.AddDays(1);
        foreach (var (field, status) in new[] { ("job_title", "auto_applied"), ("phone", "approved") })
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO autofill_suggestions (id, team_id, email_message_id, target_type, field, suggested_value, confidence, model, status, created_at, reviewed_at) " +
                "VALUES ({0}, {1}, {2}, 'person', {3}, 'x', 0.95, 'relais-engine/0.1.0', {4}, {5}, {6})",
                Id(Guid.NewGuid()), Id(team), Id(email), field, status, at, approvedAt);
        }

        await db.Database.ExecuteSqlRawAsync("UPDATE autofill_suggestions SET reviewed_at = NULL WHERE status = 'auto_applied'");

        await migrator.UpAsync();
        await using var after = database.CreateContext();
        var day = DateOnly.FromDateTime(received.UtcDateTime);
        var rows = await after.EmailMetricsDaily.Where(d => d.TeamId == team).ToListAsync();
        var analysed = rows.Single(r => r.Intent == "quotation_request");
        var sender = await after.EmailSenders.SingleAsync(s => s.TeamId == team);
        var running = await after.EmailSenderDays.SingleAsync(s => s.TeamId == team);
        var latency = await after.EmailLatencyDaily.SingleAsync(l => l.TeamId == team);

        Assert.Equal(2, rows.Where(r => r.Day == day).Sum(r => r.Received));
        Assert.Equal((day, "engine", "relais-engine/0.1.0"), (analysed.Day, analysed.Provider, analysed.Model));
        Assert.Equal((1, 1, 1, 1, 1), (analysed.Analysed, analysed.Human, analysed.SignaturesFound, analysed.SignaturesParsed, analysed.IntentsDetected));
        Assert.Equal((2, 1, 12.5, 0), (analysed.CacheLookups, analysed.CacheHits, analysed.ElapsedMsSum, analysed.Errors));
        Assert.Equal((2, 1), (analysed.SuggestionsCreated, analysed.AutoApplied));
        Assert.Equal(1, rows.Single(r => r.Day == day.AddDays(1)).Approved);
        Assert.Equal(("jean.dupont@acme.test", 2, 1, received), (sender.Sender, sender.Emails, sender.QuotationRequest, sender.LastReceivedAt));
        Assert.Equal((day, 2, 1), (running.Day, running.Emails, running.QuotationRequest));
        Assert.Equal((1 + (int)Math.Floor(Math.Log2(12.5 / 0.01) * 8), 1), (latency.Bucket, latency.Count));
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
