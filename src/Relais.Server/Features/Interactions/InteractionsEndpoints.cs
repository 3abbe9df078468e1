using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Interactions;

internal static class InteractionsEndpoints
{
    private static readonly SortMap<Interaction> Sorts = new("-occurred_at", new Dictionary<string, Expression<Func<Interaction, object?>>>
    {
        ["occurred_at"] = i => i.OccurredAt,
        ["created_at"] = i => i.CreatedAt,
        ["title"] = i => i.Title,
        ["intent_confidence"] = i => i.IntentConfidence,
    });

    public static RouteGroupBuilder MapInteractionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/interactions").WithTags("Interactions");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Writer);
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Writer);
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Writer);
        return group;
    }

    private static async Task<Results<Ok<PagedList<InteractionResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] InteractionFilter filter, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Interactions.AsNoTracking();
        query = filter.PersonId is { } person ? query.Where(i => i.PersonId == person) : query;
        query = filter.OrganisationId is { } organisation ? query.Where(i => i.OrganisationId == organisation) : query;
        query = filter.Intent is { } intent ? query.Where(i => i.Intent == intent) : query;
        query = EnumCodes.TryParse<InteractionStatus>(filter.Status, out var status) ? query.Where(i => i.Status == status) : query;
        query = query.WhereMatches(page.Search, i => i.Title, i => i.BodyExcerpt);

        return Sorts.TryApply(query, page.Sort, out var sorted)
            ? TypedResults.Ok(await sorted.ToPageAsync(page, InteractionResponse.Map.Expression, cancellationToken))
            : Paging.UnknownSort(Sorts, page.Sort);
    }

    private static async Task<Results<Ok<InteractionResponse>, NotFound>> GetAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await db.Interactions.AsNoTracking().Where(i => i.Id == id).Select(InteractionResponse.Map.Expression).SingleOrDefaultAsync(cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.NotFound();

    private static async Task<Results<Created<InteractionResponse>, NotFound<ProblemDetails>>> CreateAsync(
        InteractionInput input, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await References.FindMissingAsync(db, cancellationToken, input.References) is { } missing)
        {
            return missing;
        }

        var now = time.GetUtcNow();
        var interaction = new Interaction { TeamId = user.TeamId(), Title = input.Title, CreatedAt = now };
        input.ApplyTo(interaction, now);
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiExtensions.Prefix}/interactions/{interaction.Id}", InteractionResponse.Map.From(interaction));
    }

    private static async Task<Results<Ok<InteractionResponse>, NotFound, NotFound<ProblemDetails>>> UpdateAsync(
        Guid id, InteractionInput input, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var interaction = await db.Interactions.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interaction is null)
        {
            return TypedResults.NotFound();
        }

        if (await References.FindMissingAsync(db, cancellationToken, input.References) is { } missing)
        {
            return missing;
        }

        input.ApplyTo(interaction, interaction.OccurredAt);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(InteractionResponse.Map.From(interaction));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await Rows.RemoveAsync<Interaction>(db, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
