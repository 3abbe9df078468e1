using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;
using Relais.Server.Features.Provenance;

namespace Relais.Server.Features.Organisations;

internal static class OrganisationsEndpoints
{
    private static readonly SortMap<Organisation> Sorts = new("name", new Dictionary<string, Expression<Func<Organisation, object?>>>
    {
        ["name"] = o => o.Name,
        ["city"] = o => o.City,
        ["pipeline_stage"] = o => o.PipelineStage,
        ["created_at"] = o => o.CreatedAt,
        ["updated_at"] = o => o.UpdatedAt,
    });

    public static RouteGroupBuilder MapOrganisationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/organisations").WithTags("Organisations");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Writer);
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Writer);
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Writer);
        group.MapOrganisationLinks();
        return group;
    }

    private static async Task<Results<Ok<PagedList<OrganisationResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] PageQuery page, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Organisations.AsNoTracking();
        query = query.WhereMatches(page.Search, o => o.Name, o => o.Domain, o => o.City);

        return Sorts.TryApply(query, page.Sort, out var sorted)
            ? TypedResults.Ok(await sorted.ToPageAsync(page, OrganisationResponse.Map.Expression, cancellationToken))
            : Paging.UnknownSort(Sorts, page.Sort);
    }

    private static async Task<Results<Ok<OrganisationResponse>, NotFound>> GetAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(OrganisationResponse.Map.Expression).SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        var people = await db.PersonOrganisationLinks.AsNoTracking()
            .Where(l => l.OrganisationId == id)
            .OrderByDescending(l => l.IsPrimary).ThenBy(l => l.Person!.LastName)
            .Select(l => new OrganisationPerson(l.Id, l.PersonId, l.Person!.FirstName, l.Person.LastName, l.Role, l.JobTitle, l.IsPrimary))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(organisation with { People = people });
    }

    private static async Task<Created<OrganisationResponse>> CreateAsync(
        OrganisationInput input, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var organisation = new Organisation { TeamId = user.TeamId(), Name = input.Name, NormalizedName = string.Empty, CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        ProvenanceRecorder.RecordUserChanges(db, organisation, ProvenanceEntity.Organisation, organisation.Id, user.UserId(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiExtensions.Prefix}/organisations/{organisation.Id}", OrganisationResponse.Map.From(organisation));
    }

    private static async Task<Results<Ok<OrganisationResponse>, NotFound>> UpdateAsync(
        Guid id, OrganisationInput input, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        input.ApplyTo(organisation);
        ProvenanceRecorder.RecordUserChanges(db, organisation, ProvenanceEntity.Organisation, organisation.Id, user.UserId(), now);
        organisation.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OrganisationResponse.Map.From(organisation));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken)
    {
        if (!await Rows.RemoveAsync<Organisation>(db, id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        await ProvenanceRecorder.DeleteForAsync(db, ProvenanceEntity.Organisation, id, cancellationToken);
        return TypedResults.NoContent();
    }
}
