using Microsoft.EntityFrameworkCore.Design;

namespace Relais.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<RelaisDbContext>
{
    public RelaisDbContext CreateDbContext(string[] args) =>
        new(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db").CreateContextOptions());
}
