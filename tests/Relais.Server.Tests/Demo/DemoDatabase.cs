using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Relais.Data;

namespace Relais.Server.Tests.Demo;

/// <summary>A RelaisDbContext over SQLite :memory:, the connection held open for the test's lifetime.</summary>
internal sealed class DemoDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection _connection = new("DataSource=:memory:");

    public DemoDatabase()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public FakeTimeProvider Time { get; } = new(Now);

    public RelaisDbContext NewContext() =>
        new(new DbContextOptionsBuilder<RelaisDbContext>().UseSqlite(_connection).Options);

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
