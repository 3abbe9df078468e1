namespace Relais.Data.Model;

public sealed class Team
{
    /// <summary>Every hour, on the hour.</summary>
    public const string DefaultAutofillSchedule = "0 * * * *";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public string Timezone { get; set; } = "Europe/Paris";
    public string DefaultPhoneRegion { get; set; } = "FR";
    public AiPolicy AiPolicy { get; set; } = AiPolicy.LocalOnly;

    /// <summary>Domains the team sends from (its own people are never autofilled as contacts).</summary>
    public List<string> OwnDomains { get; set; } = [];

    /// <summary>When the built-in schedule runs autofill (cron, five fields, in <see cref="Timezone"/>); null turns it off.</summary>
    public string? AutofillSchedule { get; set; } = DefaultAutofillSchedule;

    /// <summary>The confidence a field needs to be applied without review, unless a job says otherwise.</summary>
    public double AutoApplyThreshold { get; set; } = 0.92;

    /// <summary>When the team works, in <see cref="Timezone"/> (routing's <c>business_hours_only</c>).</summary>
    public TimeOnly BusinessHoursStart { get; set; } = new(9, 0);
    public TimeOnly BusinessHoursEnd { get; set; } = new(18, 0);
    public List<DayOfWeek> BusinessDays { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Who gets what no rule routed, when the person has no owner (or always, by <see cref="RoutingFallback"/>).</summary>
    public Guid? DefaultAssigneeId { get; set; }
    public RoutingFallback RoutingFallback { get; set; } = RoutingFallback.OwnerThenDefault;

    /// <summary>At most this many auto-replies a day (in <see cref="Timezone"/>); 0 turns them off.</summary>
    public int AutoReplyDailyCap { get; set; } = 50;

    /// <summary>The address auto-replies come from; null: the server's configured sender.</summary>
    public string? AutoReplyFrom { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What happens to an interaction no routing rule matched.</summary>
public enum RoutingFallback
{
    /// <summary>Assigned to the person's owner, else to the team's default assignee.</summary>
    OwnerThenDefault,

    /// <summary>Assigned to the team's default assignee.</summary>
    DefaultAssignee,

    /// <summary>Left unassigned.</summary>
    None,
}

public enum AiPolicy
{
    LocalOnly,
    EuOnly,
    Any,
}
