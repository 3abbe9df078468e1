using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Settings;

/// <summary><c>GET/PUT /team/settings</c> (admins): what the pipeline, the routing and the scheduler read.</summary>
internal static class TeamSettingsEndpoints
{
    public static RouteGroupBuilder MapTeamSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/team").WithTags("Team settings").RequireAuthorization(Policies.Admin);
        group.MapGet("/settings", GetAsync);
        group.MapPut("/settings", PutAsync).Accepts<TeamSettingsDocument>("application/json");
        return group;
    }

    private static async Task<Results<Ok<TeamSettingsDocument>, NotFound>> GetAsync(RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var teamId = user.TeamId();
        return await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken) is { } team
            ? TypedResults.Ok(TeamSettingsDocument.From(team))
            : TypedResults.NotFound();
    }

    /// <summary>Changes what the body names; a member left out (or null) keeps its value, but <c>"default_assignee_id": null</c> clears it.</summary>
    private static async Task<Results<Ok<TeamSettingsDocument>, ValidationProblem, NotFound>> PutAsync(
        HttpRequest request, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        JsonObject? body;
        TeamSettingsDocument? input;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject;
            input = body?.Deserialize<TeamSettingsDocument>(json.Value.SerializerOptions);
        }
        catch (JsonException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body is not valid settings JSON: " + ex.Message] });
        }

        if (body is null || input is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send a JSON object, for example {\"timezone\": \"Europe/Paris\"}."] });
        }

        var teamId = user.TeamId();
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        if (team is null)
        {
            return TypedResults.NotFound();
        }

        var active = (await db.Users.Where(u => u.Active).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
        var clearAssignee = body.TryGetPropertyValue("default_assignee_id", out var assignee) && assignee is null;
        var errors = TeamSettings.Apply(input, team, active, clearAssignee);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var changed = string.Join(',', body.Select(p => p.Key).Order(StringComparer.Ordinal));
        db.AuditLog.Add(new AuditLogEntry
        {
            TeamId = teamId, UserId = user.UserId(), Action = "team.settings_changed", EntityType = "teams", EntityId = teamId,
            Details = JsonSerializer.Serialize(new Dictionary<string, string> { ["fields"] = changed }), At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TeamSettingsDocument.From(team));
    }
}
