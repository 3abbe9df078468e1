using Microsoft.EntityFrameworkCore;
using Relais.Data;

namespace Relais.Server.Features.Users;

internal static class Teams
{
    /// <summary>A team by its id or its exact name (what operators type on the command line).</summary>
    public static async Task<Guid?> FindIdAsync(RelaisDbContext db, string idOrName, CancellationToken cancellationToken) =>
        Guid.TryParse(idOrName, out var id)
            ? await db.Teams.Where(t => t.Id == id).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken)
            : await db.Teams.Where(t => t.Name == idOrName.Trim()).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken);
}
