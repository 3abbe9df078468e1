namespace Relais.Data.Model;

/// <summary>
/// The cache and audit of analysis results (table <c>ai_memory</c>): one row per team, task and
/// key, the key a hash of the normalised input and the engine version. Holds results (fields,
/// labels), never the email text.
/// </summary>
public sealed class AiMemory : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public AiTask Task { get; set; }

    /// <summary>SHA-256 (hex) of the normalised input and the engine version.</summary>
    public required string Key { get; set; }
    public required string Provider { get; set; }
    public required string Model { get; set; }
    public required string Result { get; set; }
    public double? Confidence { get; set; }
    public double LatencyMs { get; set; }
    public int? Tokens { get; set; }
    public decimal? Cost { get; set; }
    public int HitCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastHitAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
}

public enum AiTask
{
    /// <summary>Contact fields from a signature block.</summary>
    Signature,

    /// <summary>Intent and needs-reply from the sender's text.</summary>
    Intent,
}
