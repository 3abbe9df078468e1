using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Notifications;

/// <summary>
/// A user's own notifications. Another user's notification, even in the same team, is not found;
/// managers may send one to anyone in the team. Marking read and deleting are the owner's own
/// business, so members may do them.
/// </summary>
internal static class NotificationsEndpoints
{
    private static readonly SortMap<Notification> Sorts = new("-created_at", new Dictionary<string, Expression<Func<Notification, object?>>>
    {
        ["created_at"] = n => n.CreatedAt,
        ["kind"] = n => n.Kind,
    });

    public static RouteGroupBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/notifications").WithTags("Notifications");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Writer);
        group.MapPost("/{id:guid}/read", MarkReadAsync);
        group.MapDelete("/{id:guid}", DeleteAsync);
        return group;
    }

    private static IQueryable<Notification> Mine(RelaisDbContext db, ClaimsPrincipal user)
    {
        var userId = user.UserId();
        return db.Notifications.Where(n => n.UserId == userId);
    }

    private static async Task<Results<Ok<PagedList<NotificationResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] NotificationFilter filter, RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var query = Mine(db, user).AsNoTracking();
        query = filter.Unread is { } unread ? query.Where(n => n.Read != unread) : query;
        query = query.WhereMatches(page.Search, n => n.Title, n => n.Message);

        return Sorts.TryApply(query, page.Sort, out var sorted)
            ? TypedResults.Ok(await sorted.ToPageAsync(page, NotificationResponse.Map.Expression, cancellationToken))
            : Paging.UnknownSort(Sorts, page.Sort);
    }

    private static async Task<Results<Ok<NotificationResponse>, NotFound>> GetAsync(Guid id, RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await Mine(db, user).AsNoTracking().Where(n => n.Id == id).Select(NotificationResponse.Map.Expression).SingleOrDefaultAsync(cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.NotFound();

    private static async Task<Results<Created<NotificationResponse>, NotFound<ProblemDetails>>> CreateAsync(
        NotificationInput input, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await References.FindMissingAsync(db, cancellationToken, ("user_id", input.UserId, typeof(User))) is { } missing)
        {
            return missing;
        }

        var notification = new Notification
        {
            TeamId = user.TeamId(),
            UserId = input.UserId!.Value,
            Kind = input.Kind.Trim(),
            Title = input.Title.Trim(),
            Message = input.Message,
            Link = input.Link,
            CreatedAt = time.GetUtcNow(),
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiExtensions.Prefix}/notifications/{notification.Id}", NotificationResponse.Map.From(notification));
    }

    private static async Task<Results<NoContent, NotFound>> MarkReadAsync(Guid id, RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await Mine(db, user).Where(n => n.Id == id).ExecuteUpdateAsync(s => s.SetProperty(n => n.Read, true), cancellationToken) == 0
            ? TypedResults.NotFound()
            : TypedResults.NoContent();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await Mine(db, user).Where(n => n.Id == id).ExecuteDeleteAsync(cancellationToken) == 0
            ? TypedResults.NotFound()
            : TypedResults.NoContent();
}
