using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Relais.Data.Model;
using Relais.Server.Api;

namespace Relais.Server.Features.Tasks;

public sealed record TaskInput(
    [Required, StringLength(500, MinimumLength = 1)] string Title,
    [StringLength(10_000)] string? Description = null,
    TaskState Status = TaskState.Open,
    Priority Priority = Priority.Normal,
    DateTimeOffset? DueAt = null,
    Guid? AssigneeId = null,
    Guid? PersonId = null,
    Guid? OrganisationId = null,
    Guid? InteractionId = null)
{
    public (string, Guid?, Type)[] References =>
    [
        ("assignee_id", AssigneeId, typeof(User)), ("person_id", PersonId, typeof(Person)),
        ("organisation_id", OrganisationId, typeof(Organisation)), ("interaction_id", InteractionId, typeof(Interaction)),
    ];

    public void ApplyTo(TaskItem task, DateTimeOffset now)
    {
        var wasDone = task.Status == TaskState.Done;
        task.Title = Title.Trim();
        task.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        task.Status = Status;
        task.Priority = Priority;
        task.DueAt = DueAt;
        task.AssigneeId = AssigneeId;
        task.PersonId = PersonId;
        task.OrganisationId = OrganisationId;
        task.InteractionId = InteractionId;
        task.CompletedAt = Status == TaskState.Done ? (wasDone ? task.CompletedAt : now) : null;
    }
}

public sealed record TaskFilter
{
    [FromQuery(Name = "status")]
    [EnumCode<TaskState>]
    public string? Status { get; init; }

    [FromQuery(Name = "assignee_id")]
    public Guid? AssigneeId { get; init; }

    [FromQuery(Name = "person_id")]
    public Guid? PersonId { get; init; }
}

internal sealed record TaskResponse(
    Guid Id,
    string Title,
    string? Description,
    TaskState Status,
    Priority Priority,
    DateTimeOffset? DueAt,
    Guid? AssigneeId,
    Guid? PersonId,
    Guid? OrganisationId,
    Guid? InteractionId,
    Guid? CreatedByUserId,
    Guid? CreatedByRuleId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public static readonly Projection<TaskItem, TaskResponse> Map = new(t => new TaskResponse(
        t.Id, t.Title, t.Description, t.Status, t.Priority, t.DueAt, t.AssigneeId, t.PersonId, t.OrganisationId, t.InteractionId,
        t.CreatedByUserId, t.CreatedByRuleId, t.CreatedAt, t.CompletedAt));
}
