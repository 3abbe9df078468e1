using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;
using Relais.Server.Features.Provenance;

namespace Relais.Server.Features.People;

internal static class PeopleEndpoints
{
    private static readonly SortMap<Person> Sorts = new("last_name", new Dictionary<string, Expression<Func<Person, object?>>>
    {
        ["last_name"] = p => p.LastName,
        ["first_name"] = p => p.FirstName,
        ["email"] = p => p.Email,
        ["created_at"] = p => p.CreatedAt,
        ["updated_at"] = p => p.UpdatedAt,
    });

    public static RouteGroupBuilder MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/people").WithTags("People");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Writer);
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Writer);
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Writer);
        return group;
    }

    private static async Task<Results<Ok<PagedList<PersonResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] PageQuery page, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var query = db.People.AsNoTracking();
        query = query.WhereMatches(page.Search, p => p.FirstName, p => p.LastName, p => p.Email, p => p.JobTitle);

        return Sorts.TryApply(query, page.Sort, out var sorted)
            ? TypedResults.Ok(await sorted.ToPageAsync(page, PersonResponse.Map.Expression, cancellationToken))
            : Paging.UnknownSort(Sorts, page.Sort);
    }

    private static async Task<Results<Ok<PersonResponse>, NotFound>> GetAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == id).Select(PersonResponse.Map.Expression).SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var organisations = await db.PersonOrganisationLinks.AsNoTracking()
            .Where(l => l.PersonId == id)
            .OrderByDescending(l => l.IsPrimary).ThenBy(l => l.Organisation!.Name)
            .Select(l => new PersonOrganisation(l.OrganisationId, l.Organisation!.Name, l.Role, l.JobTitle, l.IsPrimary))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(person with { Organisations = organisations });
    }

    private static async Task<Results<Created<PersonResponse>, NotFound<ProblemDetails>>> CreateAsync(
        PersonInput input, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await References.FindMissingAsync(db, cancellationToken, ("owner_id", input.OwnerId, typeof(User))) is { } missing)
        {
            return missing;
        }

        var now = time.GetUtcNow();
        var person = new Person { TeamId = user.TeamId(), CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(person);
        db.People.Add(person);
        ProvenanceRecorder.RecordUserChanges(db, person, ProvenanceEntity.Person, person.Id, user.UserId(), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiExtensions.Prefix}/people/{person.Id}", PersonResponse.Map.From(person));
    }

    private static async Task<Results<Ok<PersonResponse>, NotFound, NotFound<ProblemDetails>>> UpdateAsync(
        Guid id, PersonInput input, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        if (await References.FindMissingAsync(db, cancellationToken, ("owner_id", input.OwnerId, typeof(User))) is { } missing)
        {
            return missing;
        }

        var now = time.GetUtcNow();
        input.ApplyTo(person);
        ProvenanceRecorder.RecordUserChanges(db, person, ProvenanceEntity.Person, person.Id, user.UserId(), now);
        person.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PersonResponse.Map.From(person));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken)
    {
        if (!await Rows.RemoveAsync<Person>(db, id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        await ProvenanceRecorder.DeleteForAsync(db, ProvenanceEntity.Person, id, cancellationToken);
        return TypedResults.NoContent();
    }
}
