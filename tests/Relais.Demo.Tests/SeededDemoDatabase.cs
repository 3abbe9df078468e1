using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Relais.Data;
using Relais.Testing;

namespace Relais.Demo.Tests;

/// <summary>
/// A migrated throwaway database (SQLite in memory, or PostgreSQL when RELAIS_TEST_DB=postgres)
/// seeded once with the demo data; the tests only read it.
/// </summary>
public sealed class SeededDemoDatabase : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private TestDatabase? _database;

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>What the first seeding reported.</summary>
    public DemoSeedResult FirstRun { get; private set; } = new(false, 0, 0, 0);

    public RelaisDbContext NewContext() =>
        (_database ?? throw new InvalidOperationException("Not initialised.")).CreateContext();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        FirstRun = await new DemoSeeder(db, Time).SeedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
    }
}
