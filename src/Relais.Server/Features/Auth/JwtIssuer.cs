using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Relais.Data.Model;

namespace Relais.Server.Features.Auth;

internal sealed record IssuedToken(string AccessToken, int ExpiresIn);

/// <summary>Signs the login JWT (user, team, role) with the time of the injected clock.</summary>
internal sealed class JwtIssuer(SigningKeyStore keys, IOptions<AuthOptions> options, TimeProvider time)
{
    public IssuedToken Issue(User user)
    {
        var now = time.GetUtcNow();
        var lifetime = options.Value.AccessTokenLifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = AuthOptions.Issuer,
            Subject = new ClaimsIdentity(RelaisClaims.For(user.TeamId, user.Role, user.Id, null)),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, (int)lifetime.TotalSeconds);
    }
}
