using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Relais.Server.Features.Tokens;

namespace Relais.Server.Features.Auth;

/// <summary>Authenticates <c>Authorization: Bearer rls_…</c> with a stored API token.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerValue(Request) is not { } secret || !secret.StartsWith(ApiTokens.SecretPrefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindValidAsync(secret, Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired API token.");
        }

        var identity = new ClaimsIdentity(RelaisClaims.For(token.TeamId, token.Role, null, token.Id), SchemeName, RelaisClaims.Subject, RelaisClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    public static string? BearerValue(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
