using Microsoft.EntityFrameworkCore;

namespace Relais.Server.Api;

internal static class Rows
{
    /// <summary>
    /// Deletes the caller's row <paramref name="id"/> through the change tracker (so the audit sees
    /// it); false when the team filter finds no such row.
    /// </summary>
    public static async Task<bool> RemoveAsync<T>(DbContext db, Guid id, CancellationToken cancellationToken)
        where T : class
    {
        var row = await db.Set<T>().SingleOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, cancellationToken);
        if (row is null)
        {
            return false;
        }

        db.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
