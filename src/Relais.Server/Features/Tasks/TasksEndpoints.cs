using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Tasks;

internal static class TasksEndpoints
{
    private static readonly SortMap<TaskItem> Sorts = new("due_at", new Dictionary<string, Expression<Func<TaskItem, object?>>>
    {
        ["due_at"] = t => t.DueAt,
        ["created_at"] = t => t.CreatedAt,
        ["title"] = t => t.Title,
        ["status"] = t => t.Status,
    });

    public static RouteGroupBuilder MapTasksEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/tasks").WithTags("Tasks");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Writer);
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Writer);
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Writer);
        return group;
    }

    private static async Task<Results<Ok<PagedList<TaskResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] TaskFilter filter, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Tasks.AsNoTracking();
        query = EnumCodes.TryParse<TaskState>(filter.Status, out var status) ? query.Where(t => t.Status == status) : query;
        query = filter.AssigneeId is { } assignee ? query.Where(t => t.AssigneeId == assignee) : query;
        query = filter.PersonId is { } person ? query.Where(t => t.PersonId == person) : query;
        query = query.WhereMatches(page.Search, t => t.Title, t => t.Description);

        return Sorts.TryApply(query, page.Sort, out var sorted)
            ? TypedResults.Ok(await sorted.ToPageAsync(page, TaskResponse.Map.Expression, cancellationToken))
            : Paging.UnknownSort(Sorts, page.Sort);
    }

    private static async Task<Results<Ok<TaskResponse>, NotFound>> GetAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await db.Tasks.AsNoTracking().Where(t => t.Id == id).Select(TaskResponse.Map.Expression).SingleOrDefaultAsync(cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.NotFound();

    private static async Task<Results<Created<TaskResponse>, NotFound<ProblemDetails>>> CreateAsync(
        TaskInput input, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await References.FindMissingAsync(db, cancellationToken, input.References) is { } missing)
        {
            return missing;
        }

        var now = time.GetUtcNow();
        var task = new TaskItem { TeamId = user.TeamId(), Title = input.Title, CreatedAt = now, CreatedByUserId = user.UserId() };
        input.ApplyTo(task, now);
        db.Tasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiExtensions.Prefix}/tasks/{task.Id}", TaskResponse.Map.From(task));
    }

    private static async Task<Results<Ok<TaskResponse>, NotFound, NotFound<ProblemDetails>>> UpdateAsync(
        Guid id, TaskInput input, RelaisDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return TypedResults.NotFound();
        }

        if (await References.FindMissingAsync(db, cancellationToken, input.References) is { } missing)
        {
            return missing;
        }

        input.ApplyTo(task, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TaskResponse.Map.From(task));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await Rows.RemoveAsync<TaskItem>(db, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
