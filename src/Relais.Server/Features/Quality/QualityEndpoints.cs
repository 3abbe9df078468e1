using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Quality;

internal static class QualityEndpoints
{
    private const int DefaultWorst = 10;
    private const int DefaultGroups = 20;

    public static IServiceCollection AddQuality(this IServiceCollection services) =>
        services.AddScoped<QualityReader>().AddScoped<TeamQuality>().AddScoped<QualityMerge>();

    public static RouteGroupBuilder MapQualityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/quality").WithTags("Data quality");
        group.MapGet("/people/{id:guid}", PersonAsync);
        group.MapGet("/organisations/{id:guid}", OrganisationAsync);
        group.MapGet("/team", TeamAsync);
        group.MapPost("/people/merge", MergePeopleAsync).RequireAuthorization(Policies.Writer);
        group.MapPost("/organisations/merge", MergeOrganisationsAsync).RequireAuthorization(Policies.Writer);
        return group;
    }

    private static async Task<Results<Ok<PersonQualityResponse>, NotFound<ProblemDetails>>> PersonAsync(Guid id, QualityReader reader, CancellationToken cancellationToken) =>
        await reader.PersonAsync(id, cancellationToken) is { } report ? TypedResults.Ok(report) : NotFound("person", id);

    private static async Task<Results<Ok<OrganisationQualityResponse>, NotFound<ProblemDetails>>> OrganisationAsync(Guid id, QualityReader reader, CancellationToken cancellationToken) =>
        await reader.OrganisationAsync(id, cancellationToken) is { } report ? TypedResults.Ok(report) : NotFound("organisation", id);

    private static async Task<Ok<TeamQualityResponse>> TeamAsync([AsParameters] TeamQualityQuery query, TeamQuality team, CancellationToken cancellationToken) =>
        TypedResults.Ok(await team.SummaryAsync(query.Worst ?? DefaultWorst, query.Groups ?? DefaultGroups, cancellationToken));

    private static Task<Results<Ok<MergeResponse>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> MergePeopleAsync(
        MergeInput input, QualityMerge merge, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        MergeAsync(input, (keep, other) => merge.PeopleAsync(keep, other, user, cancellationToken));

    private static Task<Results<Ok<MergeResponse>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> MergeOrganisationsAsync(
        MergeInput input, QualityMerge merge, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        MergeAsync(input, (keep, other) => merge.OrganisationsAsync(keep, other, user, cancellationToken));

    private static async Task<Results<Ok<MergeResponse>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> MergeAsync(
        MergeInput input, Func<Guid, Guid, Task<MergeOutcome>> merge)
    {
        var (keep, other) = (input.KeepId!.Value, input.MergeId!.Value);
        if (keep == other)
        {
            return TypedResults.BadRequest(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Bad Request",
                Detail = "keep_id and merge_id are the same record.",
            });
        }

        var outcome = await merge(keep, other);
        return outcome.Merged is { } merged
            ? TypedResults.Ok(merged)
            : TypedResults.NotFound(new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not Found",
                Detail = $"{outcome.MissingField} {outcome.MissingId} does not exist.",
            });
    }

    private static NotFound<ProblemDetails> NotFound(string kind, Guid id) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Not Found",
        Detail = $"No {kind} {id} in this team.",
    });
}
