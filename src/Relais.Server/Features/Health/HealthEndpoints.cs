using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Relais.Data;
using Relais.Server.Api;

namespace Relais.Server.Features.Health;

internal sealed record HealthResponse(string Status);

/// <summary>
/// <c>/health</c>: the process answers. <c>/ready</c>: every readiness check passes (database
/// reachable, migrations applied; later features add theirs with <c>AddHealthChecks().AddCheck</c>),
/// else 503 with what failed.
/// </summary>
internal static class HealthEndpoints
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<RelaisDbContext>("database")
            .AddCheck<MigrationsHealthCheck>("migrations");
        return services;
    }

    public static RouteGroupBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix).WithTags("Operations").AllowAnonymous();
        group.MapGet("/health", Ok<HealthResponse> () => TypedResults.Ok(new HealthResponse("ok")));
        app.MapHealthChecks(ApiExtensions.Prefix + "/ready", new HealthCheckOptions { ResponseWriter = WriteReadinessAsync }).AllowAnonymous();
        return group;
    }

    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status == HealthStatus.Healthy ? "ready" : "unavailable",
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description ?? e.Value.Exception?.GetType().Name, data = e.Value.Data }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
