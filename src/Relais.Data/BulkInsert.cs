using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Relais.Data.Model;

namespace Relais.Data;

/// <summary>
/// Inserts many new rows of a team-owned entity in multi-row INSERT statements, in the context's
/// current transaction, without change tracking: the pipeline writes thousands of analyses,
/// suggestions, provenance rows and interactions per minute, where SaveChanges spends most of its
/// time per row. PostgreSQL gets a binary COPY; SQLite a prepared statement run per row. Columns, names and value conversions come from the EF model, and the team guard
/// still applies: every row must belong to the scope's team.
/// </summary>
public static class BulkInsert
{
    // Both SQLite (32,766) and PostgreSQL (65,535) take this many parameters in one statement.
    private const int MaxParameters = 30_000;
    private const int MaxRows = 500;

    public static async Task InsertAllAsync<T>(this RelaisDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default)
        where T : class, ITeamOwned
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        Guard(db, rows);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Name: p.GetColumnName(store)!, Mapping: p.GetRelationalTypeMapping(), Getter: p.GetGetter())).ToList();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the batch's transaction.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        if (db.Database.IsSqlite())
        {
            // SQLite runs in process: one prepared single-row statement, re-bound per row, is its fastest insert
            // (a multi-row statement binds parameters by name, which costs quadratic time in their number).
            command.CommandText = Sql(table, [.. columns.Select(c => c.Name)], 1);
            var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, $"@p{i}", null, c.Property.IsNullable)).ToArray();
            command.Parameters.AddRange(parameters);
            await command.PrepareAsync(cancellationToken);
            foreach (var row in rows)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    var value = columns[c].Getter.GetClrValueUsingContainingEntity(row);
                    parameters[c].Value = value is null ? DBNull.Value : columns[c].Mapping.Converter?.ConvertToProvider(value) ?? value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return;
        }

        if (db.Database.GetDbConnection() is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, table, columns.Select(c => (c.Name, c.Mapping, c.Getter)).ToList(), rows, cancellationToken);
            return;
        }

        var perStatement = Math.Max(1, Math.Min(MaxRows, MaxParameters / columns.Count));
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - start);
            command.Parameters.Clear();
            command.CommandText = Sql(table, [.. columns.Select(c => c.Name)], count);
            for (var r = 0; r < count; r++)
            {
                var row = rows[start + r];
                for (var c = 0; c < columns.Count; c++)
                {
                    var (property, _, mapping, getter) = columns[c];
                    command.Parameters.Add(mapping.CreateParameter(command, $"@p{(r * columns.Count) + c}", getter.GetClrValueUsingContainingEntity(row), property.IsNullable));
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// PostgreSQL's bulk path: binary COPY in the current transaction, each value written as its column's store type
    /// ("character varying(500)" as character varying), after the model's value conversion.
    /// </summary>
    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string table, List<(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)> columns, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var types = columns.Select(c => TypeName(c.Mapping.StoreType)).ToArray();
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => "\"" + c.Name + "\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var c = 0; c < columns.Count; c++)
            {
                var value = columns[c].Getter.GetClrValueUsingContainingEntity(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(columns[c].Mapping.Converter?.ConvertToProvider(value) ?? value, types[c], cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static string TypeName(string storeType)
    {
        var open = storeType.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? storeType : storeType[..open] + storeType[(storeType.IndexOf(')', StringComparison.Ordinal) + 1)..];
    }

    private static void Guard<T>(RelaisDbContext db, IReadOnlyList<T> rows)
        where T : class, ITeamOwned
    {
        foreach (var row in rows)
        {
            if (row.TeamId == Guid.Empty || (!db.AllTeams && row.TeamId != db.CurrentTeamId))
            {
                throw new InvalidOperationException($"A {typeof(T).Name} of another team (or none) cannot be written in this scope.");
            }
        }
    }

    private static string Sql(string table, List<string> columns, int rows)
    {
        var sql = new StringBuilder();
        sql.Append("INSERT INTO \"").Append(table).Append("\" (").AppendJoin(", ", columns.Select(c => "\"" + c + "\"")).Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                sql.Append(c == 0 ? "@p" : ", @p").Append((r * columns.Count) + c);
            }

            sql.Append(')');
        }

        return sql.ToString();
    }
}
