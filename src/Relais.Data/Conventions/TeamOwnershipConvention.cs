using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Relais.Data.Model;

namespace Relais.Data.Conventions;

/// <summary>
/// Every <see cref="ITeamOwned"/> entity gets a foreign key to <c>teams</c> and the named query
/// filter <see cref="RelaisDbContext.TeamFilter"/>, so a query cannot forget the tenant; only the
/// model of the unscoped escape goes without it.
/// </summary>
internal static class TeamOwnershipConvention
{
    private static readonly MethodInfo ApplyMethod =
        typeof(TeamOwnershipConvention).GetMethod(nameof(ApplyTo), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void Apply(ModelBuilder modelBuilder, RelaisDbContext context)
    {
        var owned = modelBuilder.Model.GetEntityTypes()
            .Where(e => typeof(ITeamOwned).IsAssignableFrom(e.ClrType))
            .Select(e => e.ClrType)
            .ToList();
        foreach (var type in owned)
        {
            ApplyMethod.MakeGenericMethod(type).Invoke(null, [modelBuilder, context]);
        }
    }

    private static void ApplyTo<T>(ModelBuilder modelBuilder, RelaisDbContext context)
        where T : class, ITeamOwned
    {
        var entity = modelBuilder.Entity<T>();
        entity.HasOne<Team>().WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Cascade);
        if (!context.AllTeams)
        {
            entity.HasQueryFilter(RelaisDbContext.TeamFilter, e => e.TeamId == context.CurrentTeamId);
        }
    }
}
