namespace Relais.Data.Model;

/// <summary>
/// A message Relais sends (table <c>outbox_messages</c>): queued in the transaction that decided
/// it, sent over SMTP by the outbox job, retried with a backoff, then given up. One auto-reply per
/// thread: <see cref="ThreadKey"/> is unique in the team.
/// </summary>
public sealed class OutboxMessage : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid? RuleId { get; set; }
    public Guid? EmailMessageId { get; set; }

    /// <summary>The thread replied to (its thread id, else the Message-ID, else the email id).</summary>
    public required string ThreadKey { get; set; }

    public required string ToAddress { get; set; }
    public string? ToName { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public string? InReplyTo { get; set; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Queued;
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The kind of the last failure (the SMTP status or exception), never the content.</summary>
    public string? LastError { get; set; }

    /// <summary>The Message-ID the sent message carried.</summary>
    public string? SentMessageId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

public enum OutboxStatus
{
    Queued,
    Sent,

    /// <summary>Retried too often, or refused for good by the server.</summary>
    Failed,
}
