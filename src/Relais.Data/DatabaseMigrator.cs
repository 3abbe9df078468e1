using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Relais.Data;

/// <summary>Applies and rolls back the provider's migrations (<c>relais migrate up|down</c>, embedded start).</summary>
public sealed class DatabaseMigrator(RelaisDbContext db)
{
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default) =>
        [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];

    public async Task<IReadOnlyList<string>> AppliedAsync(CancellationToken cancellationToken = default) =>
        [.. await db.Database.GetAppliedMigrationsAsync(cancellationToken)];

    /// <summary>Applies every pending migration; returns the ones applied.</summary>
    public async Task<IReadOnlyList<string>> UpAsync(CancellationToken cancellationToken = default)
    {
        var pending = await PendingAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    /// <summary>
    /// Rolls back to <paramref name="target"/> (which stays applied; <c>0</c> removes everything),
    /// or, without a target, the last applied migration. Returns the migrations rolled back.
    /// </summary>
    public async Task<IReadOnlyList<string>> DownAsync(string? target, CancellationToken cancellationToken = default)
    {
        var applied = await AppliedAsync(cancellationToken);
        if (applied.Count == 0)
        {
            return [];
        }

        var all = db.Database.GetMigrations().ToList();
        string resolved;
        if (target is null)
        {
            resolved = applied.Count > 1 ? applied[^2] : Migration.InitialDatabase;
        }
        else if (target == Migration.InitialDatabase)
        {
            resolved = target;
        }
        else
        {
            resolved = all.SingleOrDefault(m => m == target || m.EndsWith('_' + target, StringComparison.Ordinal))
                ?? throw new ArgumentException($"No migration named '{target}'. Known: {string.Join(", ", all)}.", nameof(target));
        }

        var rolledBack = resolved == Migration.InitialDatabase
            ? applied.Reverse().ToList()
            : applied.SkipWhile(m => m != resolved).Skip(1).Reverse().ToList();
        await db.GetService<IMigrator>().MigrateAsync(resolved, cancellationToken);
        return rolledBack;
    }
}
