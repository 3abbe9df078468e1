namespace Relais.Data.Model;

/// <summary>One run of a rule (or of the team's fallback, <see cref="RuleId"/> null) on one interaction.</summary>
public sealed class RoutingExecution : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid? RuleId { get; set; }
    public Guid? EmailMessageId { get; set; }
    public Guid? InteractionId { get; set; }

    /// <summary>What each action did (JSON list: type, outcome, detail, the id of the row it made).</summary>
    public List<RoutingActionResult> Actions { get; set; } = [];

    /// <summary><c>ok</c>, <c>partial</c> (an action was skipped) or <c>fallback</c>.</summary>
    public required string Result { get; set; }

    /// <summary>How it was started: <c>pipeline</c> or <c>manual</c>.</summary>
    public required string Trigger { get; set; }

    public DateTimeOffset ExecutedAt { get; set; }
}

/// <summary>What one action did: <c>done</c> or <c>skipped</c>, and why (never personal data).</summary>
public sealed record RoutingActionResult(string Type, string Outcome, string? Detail = null, Guid? CreatedId = null);
