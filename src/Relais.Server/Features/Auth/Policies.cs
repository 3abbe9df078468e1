using Microsoft.AspNetCore.Authorization;

namespace Relais.Server.Features.Auth;

/// <summary>Reads need a team member; writes need a manager or admin; tokens and settings need an admin.</summary>
internal static class Policies
{
    public const string Writer = "writer";
    public const string Admin = "admin";

    public static void Add(AuthorizationBuilder authorization) => authorization
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(RelaisClaims.Team).Build())
        .AddPolicy(Writer, p => p.RequireAuthenticatedUser().RequireRole("manager", "admin"))
        .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole("admin"));
}
