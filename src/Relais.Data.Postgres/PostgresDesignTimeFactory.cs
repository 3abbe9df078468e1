using Microsoft.EntityFrameworkCore.Design;

namespace Relais.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<RelaisDbContext>
{
    public RelaisDbContext CreateDbContext(string[] args) =>
        new(DatabaseSettings.Postgres("Host=localhost;Database=relais_design").CreateContextOptions());
}
