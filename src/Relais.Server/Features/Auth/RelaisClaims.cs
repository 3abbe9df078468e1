using System.Globalization;
using System.Security.Claims;
using Relais.Data.Model;

namespace Relais.Server.Features.Auth;

/// <summary>What a Relais token says about its bearer: user (absent for API tokens), team, role.</summary>
internal static class RelaisClaims
{
    public const string Subject = "sub";
    public const string Team = "team";
    public const string Role = "role";
    public const string TokenId = "token_id";

    public static Guid TeamId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Team), CultureInfo.InvariantCulture, out var id) ? id : Guid.Empty;

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Subject), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static Guid? ApiTokenId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(TokenId), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string Code(this Role role) => role switch
    {
        Data.Model.Role.Admin => "admin",
        Data.Model.Role.Manager => "manager",
        _ => "member",
    };

    public static List<Claim> For(Guid teamId, Role role, Guid? userId, Guid? tokenId)
    {
        List<Claim> claims = [new(Team, teamId.ToString()), new(Role, role.Code())];
        if (userId is { } user)
        {
            claims.Add(new(Subject, user.ToString()));
        }

        if (tokenId is { } token)
        {
            claims.Add(new(TokenId, token.ToString()));
        }

        return claims;
    }
}
