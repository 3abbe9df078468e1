namespace Relais.Data.Model;

/// <summary>A to-do (table <c>tasks</c>); named TaskItem to stay clear of System.Threading.Tasks.Task.</summary>
public sealed class TaskItem : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public TaskState Status { get; set; } = TaskState.Open;
    public Priority Priority { get; set; } = Priority.Normal;
    public DateTimeOffset? DueAt { get; set; }
    public Guid? AssigneeId { get; set; }
    public Guid? PersonId { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? InteractionId { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public Guid? CreatedByRuleId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

public enum TaskState
{
    Open,
    InProgress,
    Done,
    Cancelled,
}
