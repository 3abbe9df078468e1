using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Api;

/// <summary>
/// Checks the ids a request body points at (person_id, assignee_id…). The team filter applies, so an
/// id of another team is "not found", exactly like a route id: 404, never a hint that it exists.
/// </summary>
internal static class References
{
    public static async Task<NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>?> FindMissingAsync(
        RelaisDbContext db, CancellationToken cancellationToken, params (string Field, Guid? Id, Type Entity)[] references)
    {
        foreach (var (field, id, entity) in references)
        {
            if (id is { } value && !await ExistsAsync(db, entity, value, cancellationToken))
            {
                return TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status404NotFound,
                    Title = "Not Found",
                    Detail = $"{field} {value} does not exist.",
                });
            }
        }

        return null;
    }

    private static Task<bool> ExistsAsync(RelaisDbContext db, Type entity, Guid id, CancellationToken cancellationToken) => entity.Name switch
    {
        nameof(Person) => db.People.AnyAsync(e => e.Id == id, cancellationToken),
        nameof(Organisation) => db.Organisations.AnyAsync(e => e.Id == id, cancellationToken),
        nameof(Interaction) => db.Interactions.AnyAsync(e => e.Id == id, cancellationToken),
        nameof(User) => db.Users.AnyAsync(e => e.Id == id, cancellationToken),
        nameof(EmailMessage) => db.EmailMessages.AnyAsync(e => e.Id == id, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity.Name, "Not a referenceable entity."),
    };
}
