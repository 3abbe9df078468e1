using Relais.Data;

namespace Relais.Server.Features.Auth;

/// <summary>
/// Scopes the DbContext to the caller's team. Inside a request without a team (anonymous) the scope
/// is <see cref="Guid.Empty"/>, which matches no row; outside a request (startup, CLI, jobs) there is
/// no scope and code must say which team it works for.
/// </summary>
internal sealed class HttpTeamScope(IHttpContextAccessor accessor) : ITeamScope
{
    public Guid? TeamId => accessor.HttpContext is { } context ? context.User.TeamId() : null;
}
