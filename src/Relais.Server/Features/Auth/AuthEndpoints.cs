using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Server.Api;

namespace Relais.Server.Features.Auth;

public sealed record LoginRequest(
    [Required, StringLength(320)] string Email,
    [Required, StringLength(1024)] string Password,
    [StringLength(200)] string? Team = null);

internal sealed record LoginResponse(string AccessToken, string TokenType, int ExpiresIn);

internal sealed record MeResponse(Guid? UserId, Guid TeamId, string TeamName, string Role, string? Email, string? FullName, Guid? ApiTokenId);

internal static class AuthEndpoints
{
    public const string LoginRateLimit = "login";

    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(LoginRateLimit)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesValidationProblem();
        group.MapGet("/me", MeAsync);
        return group;
    }

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, LoginService login, LoginThrottle throttle, HttpContext context, CancellationToken cancellationToken)
    {
        if (!throttle.TryAcquire(request.Email, out var retryAfter))
        {
            return TooManyAttempts.Result(context, retryAfter);
        }

        var outcome = await login.LoginAsync(request.Email, request.Password, request.Team, cancellationToken);
        return outcome.Token is { } token
            ? TypedResults.Ok(new LoginResponse(token.AccessToken, "bearer", token.ExpiresIn))
            : TypedResults.Problem(title: "Login failed", detail: outcome.Error, statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<Results<Ok<MeResponse>, NotFound>> MeAsync(ClaimsPrincipal principal, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == principal.TeamId(), cancellationToken);
        var userId = principal.UserId();
        var user = userId is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (team is null || (userId is not null && user is null))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new MeResponse(
            user?.Id, team.Id, team.Name, principal.FindFirstValue(RelaisClaims.Role)!, user?.Email, user?.FullName, principal.ApiTokenId()));
    }
}
