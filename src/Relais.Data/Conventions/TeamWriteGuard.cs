using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Relais.Data.Model;

namespace Relais.Data.Conventions;

/// <summary>
/// The write half of tenancy: in a team scope, new rows without a team get the current team, and
/// no row of another team may be added, changed or deleted; without a team scope no team-owned row
/// may be written at all; the unscoped escape may write any team's rows, but never a row without one.
/// </summary>
internal static class TeamWriteGuard
{
    public static void Check(ChangeTracker changeTracker, bool allTeams, Guid current)
    {
        foreach (var entry in changeTracker.Entries<ITeamOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var name = entry.Metadata.ClrType.Name;
            var property = entry.Property(nameof(ITeamOwned.TeamId));
            if (allTeams)
            {
                if (entry.Entity.TeamId == Guid.Empty)
                {
                    throw new InvalidOperationException($"A {name} without a team cannot be written.");
                }

                continue;
            }

            if (current == Guid.Empty)
            {
                throw new InvalidOperationException($"A {name} cannot be written outside a team's scope.");
            }

            if (entry.State == EntityState.Added && (Guid)property.CurrentValue! == Guid.Empty)
            {
                property.CurrentValue = current;
            }

            var movedFromAnotherTeam = entry.State != EntityState.Added && (Guid)property.OriginalValue! != current;
            if (entry.Entity.TeamId != current || movedFromAnotherTeam)
            {
                throw new InvalidOperationException($"A {name} of another team cannot be written in this team's scope.");
            }
        }
    }
}
