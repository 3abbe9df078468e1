using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Review;

internal static class SuggestionsEndpoints
{
    private static readonly SortMap<AutofillSuggestion> Sorts = new("-created_at", new Dictionary<string, Expression<Func<AutofillSuggestion, object?>>>
    {
        ["created_at"] = s => s.CreatedAt,
        ["confidence"] = s => s.Confidence,
        ["field"] = s => s.Field,
        ["reviewed_at"] = s => s.ReviewedAt,
    });

    public static RouteGroupBuilder MapSuggestionsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/autofill/suggestions").WithTags("Review queue");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/approve", ApproveAsync).RequireAuthorization(Policies.Writer);
        group.MapPost("/{id:guid}/correct", CorrectAsync).RequireAuthorization(Policies.Writer);
        group.MapPost("/{id:guid}/reject", RejectAsync).RequireAuthorization(Policies.Writer);
        group.MapPost("/{id:guid}/undo", UndoAsync).RequireAuthorization(Policies.Writer);
        group.MapPost("/bulk", BulkAsync).RequireAuthorization(Policies.Writer);
        return group;
    }

    private static async Task<Results<Ok<PagedList<SuggestionResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] SuggestionFilter filter, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var status = EnumCodes.TryParse<SuggestionStatus>(filter.Status, out var parsed) ? parsed : SuggestionStatus.Pending;
        var query = db.AutofillSuggestions.AsNoTracking().Where(s => s.Status == status);
        query = filter.Field is { } field ? query.Where(s => s.Field == field) : query;
        query = filter.MinConfidence is { } min ? query.Where(s => s.Confidence >= min) : query;
        query = filter.MaxConfidence is { } max ? query.Where(s => s.Confidence <= max) : query;
        query = filter.PersonId is { } person ? query.Where(s => s.PersonId == person) : query;
        query = filter.OrganisationId is { } organisation ? query.Where(s => s.OrganisationId == organisation) : query;
        query = filter.EmailId is { } email ? query.Where(s => s.EmailMessageId == email) : query;
        var sender = filter.Sender?.Trim().ToLowerInvariant();
        query = sender is null ? query : query.Where(s => db.EmailMessages.Any(e => e.Id == s.EmailMessageId && e.FromEmail == sender));

        return Sorts.TryApply(query, page.Sort, out var sorted)
            ? TypedResults.Ok(await sorted.ToPageAsync(page, Projection(db), cancellationToken))
            : Paging.UnknownSort(Sorts, page.Sort);
    }

    private static async Task<Results<Ok<SuggestionResponse>, NotFound>> GetAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await Find(db, id, cancellationToken) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    private static Task<Results<Ok<SuggestionResponse>, NotFound, Conflict<ProblemDetails>>> ApproveAsync(
        Guid id, SuggestionReview review, RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        AnswerAsync(id, db, review.ApproveAsync(id, user.UserId(), cancellationToken), cancellationToken);

    private static Task<Results<Ok<SuggestionResponse>, NotFound, Conflict<ProblemDetails>>> CorrectAsync(
        Guid id, CorrectRequest request, SuggestionReview review, RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        AnswerAsync(id, db, review.CorrectAsync(id, request.Value, request.Notes, user.UserId(), cancellationToken), cancellationToken);

    private static Task<Results<Ok<SuggestionResponse>, NotFound, Conflict<ProblemDetails>>> RejectAsync(
        Guid id, RejectRequest? request, SuggestionReview review, RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        AnswerAsync(id, db, review.RejectAsync(id, request?.Reason, request?.Notes, user.UserId(), cancellationToken), cancellationToken);

    private static Task<Results<Ok<SuggestionResponse>, NotFound, Conflict<ProblemDetails>>> UndoAsync(
        Guid id, SuggestionReview review, RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        AnswerAsync(id, db, review.UndoAsync(id, user.UserId(), cancellationToken), cancellationToken);

    private static async Task<Ok<BulkResponse>> BulkAsync(BulkRequest request, SuggestionReview review, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var items = new List<BulkItem>(request.Ids.Count);
        foreach (var id in request.Ids.Distinct())
        {
            var error = request.Action switch
            {
                BulkAction.Approve => await review.ApproveAsync(id, user.UserId(), cancellationToken),
                BulkAction.Reject => await review.RejectAsync(id, request.Reason, null, user.UserId(), cancellationToken),
                _ => await review.UndoAsync(id, user.UserId(), cancellationToken),
            };
            items.Add(new BulkItem(id, error == ReviewError.None, error == ReviewError.None ? null : ReviewErrors.Describe(error)));
        }

        return TypedResults.Ok(new BulkResponse(items.Count(i => i.Done), items.Count(i => !i.Done), items));
    }

    private static async Task<Results<Ok<SuggestionResponse>, NotFound, Conflict<ProblemDetails>>> AnswerAsync(
        Guid id, RelaisDbContext db, Task<ReviewError> action, CancellationToken cancellationToken)
    {
        var error = await action;
        return error switch
        {
            ReviewError.None => TypedResults.Ok((await Find(db, id, cancellationToken))!),
            ReviewError.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Conflict(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = ReviewErrors.Describe(error) }),
        };
    }

    private static Task<SuggestionResponse?> Find(RelaisDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.AutofillSuggestions.AsNoTracking().Where(s => s.Id == id).Select(Projection(db)).SingleOrDefaultAsync(cancellationToken);

    private static Expression<Func<AutofillSuggestion, SuggestionResponse>> Projection(RelaisDbContext db) => s => new SuggestionResponse(
        s.Id,
        s.EmailMessageId,
        db.EmailMessages.Where(e => e.Id == s.EmailMessageId).Select(e => e.FromEmail).FirstOrDefault(),
        db.EmailMessages.Where(e => e.Id == s.EmailMessageId).Select(e => e.Subject).FirstOrDefault(),
        s.TargetType,
        s.PersonId,
        db.People.Where(p => p.Id == s.PersonId).Select(p => ((p.FirstName ?? string.Empty) + " " + (p.LastName ?? string.Empty)).Trim()).FirstOrDefault(),
        s.OrganisationId,
        db.Organisations.Where(o => o.Id == s.OrganisationId).Select(o => o.Name).FirstOrDefault(),
        s.Field,
        s.CurrentValue,
        s.SuggestedValue,
        s.Confidence,
        s.Model,
        s.ValueSource,
        s.Status,
        s.Reason,
        s.AppliedValue,
        s.ReviewerId,
        s.ReviewedAt,
        s.CreatedAt);
}
