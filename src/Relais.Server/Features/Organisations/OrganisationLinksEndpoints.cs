using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Organisations;

/// <summary><c>/organisations/{id}/people</c>: who works there, in which role; one primary organisation per person.</summary>
internal static class OrganisationLinksEndpoints
{
    public static void MapOrganisationLinks(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/people", LinkAsync).RequireAuthorization(Policies.Writer);
        group.MapPut("/{id:guid}/people/{personId:guid}", UpdateLinkAsync).RequireAuthorization(Policies.Writer);
        group.MapDelete("/{id:guid}/people/{personId:guid}", UnlinkAsync).RequireAuthorization(Policies.Writer);
    }

    private static async Task<Results<Created<LinkResponse>, NotFound, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> LinkAsync(
        Guid id, LinkInput input, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }

        if (await References.FindMissingAsync(db, cancellationToken, ("person_id", input.PersonId, typeof(Person))) is { } missing)
        {
            return missing;
        }

        var personId = input.PersonId!.Value;
        if (await db.PersonOrganisationLinks.AnyAsync(l => l.OrganisationId == id && l.PersonId == personId, cancellationToken))
        {
            return TypedResults.Conflict(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = "This person is already linked to this organisation." });
        }

        var link = new PersonOrganisationLink { TeamId = organisation.TeamId, OrganisationId = id, PersonId = personId };
        Apply(link, input.Role, input.JobTitle, input.IsPrimary);
        await ClearOtherPrimaryAsync(db, link, cancellationToken);
        db.PersonOrganisationLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiExtensions.Prefix}/organisations/{id}/people/{personId}", LinkResponse.From(link));
    }

    private static async Task<Results<Ok<LinkResponse>, NotFound>> UpdateLinkAsync(
        Guid id, Guid personId, LinkUpdate input, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var link = await db.PersonOrganisationLinks.SingleOrDefaultAsync(l => l.OrganisationId == id && l.PersonId == personId, cancellationToken);
        if (link is null)
        {
            return TypedResults.NotFound();
        }

        Apply(link, input.Role, input.JobTitle, input.IsPrimary);
        await ClearOtherPrimaryAsync(db, link, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(LinkResponse.From(link));
    }

    private static async Task<Results<NoContent, NotFound>> UnlinkAsync(Guid id, Guid personId, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var link = await db.PersonOrganisationLinks.SingleOrDefaultAsync(l => l.OrganisationId == id && l.PersonId == personId, cancellationToken);
        if (link is null)
        {
            return TypedResults.NotFound();
        }

        db.PersonOrganisationLinks.Remove(link);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static void Apply(PersonOrganisationLink link, string? role, string? jobTitle, bool isPrimary)
    {
        link.Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim();
        link.JobTitle = string.IsNullOrWhiteSpace(jobTitle) ? null : jobTitle.Trim();
        link.IsPrimary = isPrimary;
    }

    private static async Task ClearOtherPrimaryAsync(RelaisDbContext db, PersonOrganisationLink link, CancellationToken cancellationToken)
    {
        if (!link.IsPrimary)
        {
            return;
        }

        var others = await db.PersonOrganisationLinks
            .Where(l => l.PersonId == link.PersonId && l.Id != link.Id && l.IsPrimary)
            .ToListAsync(cancellationToken);
        others.ForEach(l => l.IsPrimary = false);
    }
}
