using Microsoft.EntityFrameworkCore;
using Relais.Testing;

namespace Relais.Server.Tests.Infrastructure;

/// <summary>
/// A fault made where it happens, in the database: a trigger that refuses new rows of a table for one
/// team (as a full disk, a constraint or a lost connection would), on SQLite and PostgreSQL alike.
/// </summary>
#pragma warning disable EF1002, EF1003 // DDL takes no parameters; the SQL holds only a table name of ours and a Guid
public static class DatabaseFault
{
    public static async Task RefuseInsertsAsync(TestDatabase database, string table, Guid teamId)
    {
        await using var db = database.CreateContext();
        var name = Trigger(table);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"""
                CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$
                BEGIN
                  IF NEW.team_id = '{teamId}' THEN RAISE EXCEPTION 'simulated database failure'; END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql;
                CREATE TRIGGER {name} BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION {name}();
                """);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync($"""
                CREATE TRIGGER {name} BEFORE INSERT ON {table} WHEN NEW.team_id = '{teamId.ToString().ToUpperInvariant()}'
                BEGIN SELECT RAISE(ABORT, 'simulated database failure'); END;
                """);
        }
    }

    public static async Task RestoreAsync(TestDatabase database, string table)
    {
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync($"DROP TRIGGER IF EXISTS {Trigger(table)}" + (db.Database.IsNpgsql() ? $" ON {table}" : string.Empty));
    }

    private static string Trigger(string table) => "relais_test_refuse_" + table;
}
#pragma warning restore EF1002, EF1003
