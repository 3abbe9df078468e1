using Relais.Data;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Tenancy;

/// <summary>
/// The team of one DI scope, which the DbContext filters and guards by. A scope made by
/// <see cref="TeamScopes"/> is bound to its team (jobs, CLI verbs); otherwise a request's team comes
/// from its token, and an anonymous request, or work outside any request, has no team at all.
/// </summary>
public sealed class CurrentTeam(IHttpContextAccessor accessor) : ITeamScope
{
    private TeamScope? _bound;

    public Guid? TeamId => _bound is not null ? _bound.TeamId : accessor.HttpContext?.User.TeamId();

    public bool AllTeams => _bound?.AllTeams == true;

    /// <summary>Binds this scope once; a scope never changes team (its tracked entities belong to it).</summary>
    public void Bind(TeamScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (_bound is not null && !ReferenceEquals(_bound, scope) && (_bound.TeamId != scope.TeamId || _bound.AllTeams != scope.AllTeams))
        {
            throw new InvalidOperationException("This scope is already bound to another team.");
        }

        _bound = scope;
    }
}
