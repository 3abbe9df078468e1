namespace Relais.Data.Model;

/// <summary>
/// A routing rule of the team (SPEC section 6): fires on an interaction whose intent is
/// <see cref="IntentTrigger"/> with a confidence × 100 of at least <see cref="MinConfidence"/> and
/// whose every condition holds; rules run by descending <see cref="Priority"/>.
/// </summary>
public sealed class RoutingRule : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>Higher runs first.</summary>
    public int Priority { get; set; }

    /// <summary>Intent code of SPEC section 4.</summary>
    public required string IntentTrigger { get; set; }

    /// <summary>0–100.</summary>
    public int MinConfidence { get; set; }

    public RoutingConditions Conditions { get; set; } = new();
    public List<RoutingAction> Actions { get; set; } = [];

    /// <summary>No rule of lower priority runs after this one when it fires.</summary>
    public bool StopProcessing { get; set; }

    public int ExecutionCount { get; set; }
    public DateTimeOffset? LastExecutedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Every condition set must hold (stored as JSON).</summary>
public sealed record RoutingConditions
{
    /// <summary>The sender's domain is one of these (or a subdomain of one); empty: any.</summary>
    public List<string> SenderDomains { get; init; } = [];

    /// <summary>At least one appears in the subject or the body, accent- and case-insensitive; empty: any.</summary>
    public List<string> Keywords { get; init; } = [];

    /// <summary>Only during the team's business hours, in its time zone.</summary>
    public bool BusinessHoursOnly { get; init; }

    /// <summary>The interaction's priority (as earlier rules left it) is at least this.</summary>
    public Priority? MinPriority { get; init; }
}

/// <summary>
/// One action of a rule (stored as JSON); which members apply depends on <see cref="Type"/>.
/// Text members may hold the placeholders <c>{sender}</c>, <c>{sender_email}</c>, <c>{company}</c>,
/// <c>{subject}</c> and <c>{intent}</c>.
/// </summary>
public sealed record RoutingAction
{
    public RoutingActionType Type { get; init; }

    /// <summary>Task or notification title (create_task, escalate, send_notification).</summary>
    public string? Title { get; init; }

    /// <summary>Task description or notification message.</summary>
    public string? Message { get; init; }

    /// <summary>Task priority (create_task) or the interaction's new priority (set_priority).</summary>
    public Priority? Priority { get; init; }

    /// <summary>Task due time from the routing, in hours (create_task, escalate).</summary>
    public double? DueInHours { get; init; }

    /// <summary>Who gets the task (create_task, escalate) or the interaction (assign_to_user).</summary>
    public Guid? AssigneeId { get; init; }

    /// <summary>Who is notified (send_notification); empty: the team's managers and admins.</summary>
    public List<Guid> UserIds { get; init; } = [];

    /// <summary>The tag added to the interaction (tag_interaction).</summary>
    public string? Tag { get; init; }

    /// <summary>The organisation's pipeline stage (add_to_pipeline).</summary>
    public string? Stage { get; init; }

    /// <summary>The reply's subject (auto_reply; default "Re: {subject}").</summary>
    public string? Subject { get; init; }

    /// <summary>The reply's body (auto_reply).</summary>
    public string? Template { get; init; }
}

public enum RoutingActionType
{
    CreateTask,
    SendNotification,
    SetPriority,
    TagInteraction,
    Escalate,
    AssignToUser,
    AddToPipeline,
    AutoReply,

    /// <summary>The person asked not to be emailed: unsubscribed, email consent withdrawn.</summary>
    MarkUnsubscribed,
}
