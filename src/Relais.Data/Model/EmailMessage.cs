namespace Relais.Data.Model;

/// <summary>
/// One email of the team: its headers and processing state. The content is in <see cref="EmailContent"/>,
/// apart: the pipeline rewrites this row several times (claimed, done), and a narrow row is cheap to rewrite.
/// </summary>
public sealed class EmailMessage : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid? AccountId { get; set; }

    /// <summary>Where the message came from in its source (IMAP folder/UID, file name).</summary>
    public string? ExternalId { get; set; }
    public string? MessageIdHeader { get; set; }
    public string? ThreadId { get; set; }
    public string? Subject { get; set; }
    public string? FromEmail { get; set; }
    public string? FromName { get; set; }
    public List<string> To { get; set; } = [];
    public List<string> Cc { get; set; } = [];
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public MessageDirection Direction { get; set; }

    /// <summary>SHA-256 of the normalised content: deduplicates messages without a Message-ID.</summary>
    public required string ContentHash { get; set; }
    /// <summary>The team's person who sent it (inbound) or was its first recipient (outbound), linked at ingestion.</summary>
    public Guid? PersonId { get; set; }
    public AnalysisState AnalysisState { get; set; } = AnalysisState.Pending;
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>What went wrong on the last attempt: the kind of failure, never the message's content.</summary>
    public string? LastError { get; set; }

    /// <summary>A failed message is not taken again before this time (backoff).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The worker processing it; its claim expires at <see cref="LeaseExpiresAt"/>, so a crashed worker's messages are taken again.</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum MessageDirection
{
    Inbound,
    Outbound,
}

public enum AnalysisState
{
    /// <summary>Waiting for the pipeline.</summary>
    Pending,

    /// <summary>Claimed by a worker until its lease expires.</summary>
    Processing,

    /// <summary>Processed once; never selected again.</summary>
    Done,

    /// <summary>The last attempt failed; taken again after <see cref="EmailMessage.NextAttemptAt"/>.</summary>
    Failed,

    /// <summary>Failed too often: left for an operator, never selected again.</summary>
    Parked,

    /// <summary>Not for the pipeline (the team's own outgoing mail).</summary>
    Skipped,
}
