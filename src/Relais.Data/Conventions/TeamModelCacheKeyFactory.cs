using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Relais.Data.Conventions;

/// <summary>Two models per context type: the team-scoped one (with the team filter) and the unscoped escape's (without).</summary>
internal sealed class TeamModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is RelaisDbContext { AllTeams: true }, designTime);
}
