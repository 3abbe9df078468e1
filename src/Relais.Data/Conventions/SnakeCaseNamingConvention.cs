using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Relais.Data.Model;

namespace Relais.Data.Conventions;

/// <summary>
/// Tables, columns, keys and indexes in snake_case on every provider, so SQL written by hand and
/// the SPEC's names (<c>person_organisation_links.team_id</c>) match the database.
/// </summary>
internal static class SnakeCaseNamingConvention
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = ToSnake(entity.GetTableName() ?? entity.ShortName());
            entity.SetTableName(table);
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnake(property.GetColumnName(store) ?? property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(key.IsPrimaryKey()
                    ? $"pk_{table}"
                    : $"ak_{table}_{string.Join('_', key.Properties.Select(p => p.GetColumnName(store)))}");
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                var principal = ToSnake(foreignKey.PrincipalEntityType.GetTableName()!);
                var columns = string.Join('_', foreignKey.Properties.Select(p => p.GetColumnName(store)));
                foreignKey.SetConstraintName($"fk_{table}_{principal}_{columns}");
            }

            foreach (var index in entity.GetIndexes())
            {
                var columns = string.Join('_', index.Properties.Select(p => p.GetColumnName(store)));
                index.SetDatabaseName($"ix_{table}_{columns}");
            }
        }
    }

    internal static string ToSnake(string name) => EnumCodes.ToSnakeCase(name);
}
