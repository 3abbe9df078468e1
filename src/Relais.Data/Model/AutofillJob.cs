namespace Relais.Data.Model;

/// <summary>One run of the autofill pipeline for a team: its parameters, progress and counters (SPEC section 9).</summary>
public sealed class AutofillJob : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public int DaysBack { get; set; }
    public int MaxEmails { get; set; }
    public double AutoApplyThreshold { get; set; }
    public JobStatus Status { get; set; } = JobStatus.Queued;
    public JobTrigger Trigger { get; set; }
    public Guid? TriggeredByUserId { get; set; }
    public Guid? TriggeredByTokenId { get; set; }

    /// <summary>Emails waiting in the window when the job started (the progress bar's end).</summary>
    public int Total { get; set; }
    public int EmailsProcessed { get; set; }
    public int SignaturesParsed { get; set; }
    public int SignaturesCached { get; set; }
    public int IntentsDetected { get; set; }
    public int IntentsCached { get; set; }
    public int SuggestionsCreated { get; set; }
    public int AutoApplied { get; set; }
    public int ManualReview { get; set; }
    public int Errors { get; set; }
    public long ProcessingTimeMs { get; set; }
    public bool CancelRequested { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Written after every batch: a running job whose heartbeat is old was interrupted.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

public enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

public enum JobTrigger
{
    User,
    Token,
    Schedule,
    Cli,
    Demo,
}
