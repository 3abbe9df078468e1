using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Outbox;

internal sealed record OutboxMessageResponse(
    Guid Id, Guid? RuleId, Guid? EmailMessageId, string ToAddress, string Subject, OutboxStatus Status, int Attempts,
    DateTimeOffset? NextAttemptAt, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

public sealed record OutboxFilter
{
    [FromQuery(Name = "status")]
    [EnumCode<OutboxStatus>]
    public string? Status { get; init; }
}

/// <summary><c>/outbox</c> (admins): what Relais sent, waits to send or gave up on; a message given up can be queued again.</summary>
internal static class OutboxEndpoints
{
    public static RouteGroupBuilder MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/outbox").WithTags("Outbox").RequireAuthorization(Policies.Admin);
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:guid}/retry", RetryAsync);
        return group;
    }

    private static async Task<Ok<List<OutboxMessageResponse>>> ListAsync([AsParameters] OutboxFilter filter, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var query = db.OutboxMessages.AsNoTracking();
        query = EnumCodes.TryParse<OutboxStatus>(filter.Status, out var status) ? query.Where(m => m.Status == status) : query;
        return TypedResults.Ok(await query.OrderByDescending(m => m.CreatedAt).Take(200)
            .Select(m => new OutboxMessageResponse(m.Id, m.RuleId, m.EmailMessageId, m.ToAddress, m.Subject, m.Status, m.Attempts, m.NextAttemptAt, m.LastError, m.CreatedAt, m.SentAt))
            .ToListAsync(cancellationToken));
    }

    private static async Task<Results<NoContent, NotFound, Conflict<ProblemDetails>>> RetryAsync(Guid id, RelaisDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return TypedResults.NotFound();
        }

        if (message.Status != OutboxStatus.Failed)
        {
            return TypedResults.Conflict(new ProblemDetails { Status = 409, Title = "Conflict", Detail = $"Only a message given up can be queued again; this one is {EnumCodes.CodeOf(message.Status)}." });
        }

        message.Status = OutboxStatus.Queued;
        message.Attempts = 0;
        message.NextAttemptAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
