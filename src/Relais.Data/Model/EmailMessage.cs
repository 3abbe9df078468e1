namespace Relais.Data.Model;

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
    public string? TextBody { get; set; }
    public string? HtmlBody { get; set; }

    /// <summary>The raw RFC 5322 message, kept for re-analysis until the retention period ends.</summary>
    public byte[]? RawMime { get; set; }

    /// <summary>SHA-256 of the normalised content: deduplicates messages without a Message-ID.</summary>
    public required string ContentHash { get; set; }
    public AnalysisState AnalysisState { get; set; } = AnalysisState.Pending;
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum MessageDirection
{
    Inbound,
    Outbound,
}

public enum AnalysisState
{
    Pending,
    Processing,
    Done,
    Failed,
    Parked,
}
