using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Tokens;

public sealed record CreateTokenRequest(
    [Required, StringLength(100, MinimumLength = 1)] string Name,
    Role Role = Role.Member,
    [Range(1, 3650)] int? ExpiresInDays = null);

/// <summary>A token as listed: never its secret.</summary>
internal sealed record TokenResponse(
    Guid Id, string Name, Role Role, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>The creation answer, the only time the secret is shown.</summary>
internal sealed record CreatedTokenResponse(Guid Id, string Name, Role Role, string Prefix, DateTimeOffset? ExpiresAt, string Token);

internal static class TokensEndpoints
{
    public static RouteGroupBuilder MapTokensEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/tokens").WithTags("API tokens").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync);
        group.MapPost("/", CreateAsync);
        group.MapDelete("/{id:guid}", RevokeAsync);
        return group;
    }

    private static async Task<Ok<List<TokenResponse>>> ListAsync(RelaisDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.ApiTokens.OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenResponse(t.Id, t.Name, t.Role, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))
            .ToListAsync(cancellationToken));

    private static async Task<Created<CreatedTokenResponse>> CreateAsync(
        CreateTokenRequest request, ApiTokens tokens, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var lifetime = request.ExpiresInDays is { } days ? TimeSpan.FromDays(days) : (TimeSpan?)null;
        var (token, secret) = await tokens.CreateAsync(user.TeamId(), request.Name.Trim(), request.Role, lifetime, user.UserId(), cancellationToken);
        return TypedResults.Created(
            $"{ApiExtensions.Prefix}/tokens/{token.Id}",
            new CreatedTokenResponse(token.Id, token.Name, token.Role, token.Prefix, token.ExpiresAt, secret));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(
        Guid id, RelaisDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null)
        {
            return TypedResults.NotFound();
        }

        token.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
