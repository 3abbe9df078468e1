using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Relais.Data.Model;

namespace Relais.Data.Conventions;

/// <summary>
/// The write half of tenancy: in a team scope, new rows without a team get the current team, and
/// no row of another team may be added, changed or deleted.
/// </summary>
internal static class TeamWriteGuard
{
    public static void Check(ChangeTracker changeTracker, Guid? teamId)
    {
        if (teamId is not { } current)
        {
            return;
        }

        foreach (var entry in changeTracker.Entries<ITeamOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var property = entry.Property(nameof(ITeamOwned.TeamId));
            if (entry.State == EntityState.Added && (Guid)property.CurrentValue! == Guid.Empty)
            {
                property.CurrentValue = current;
            }

            var movedFromAnotherTeam = entry.State != EntityState.Added && (Guid)property.OriginalValue! != current;
            if (entry.Entity.TeamId != current || movedFromAnotherTeam)
            {
                throw new InvalidOperationException(
                    $"A {entry.Metadata.ClrType.Name} of another team cannot be written in this team's scope.");
            }
        }
    }
}
