namespace Relais.Data.Model;

/// <summary>
/// What the engine found in one email (table <c>email_analyses</c>), stored once per email so that
/// metrics and dashboards read it instead of analysing again.
/// </summary>
public sealed class Analysis : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid EmailMessageId { get; set; }
    public required string EngineVersion { get; set; }
    public string? Language { get; set; }
    public AutomatedMail? Automated { get; set; }

    /// <summary>Intent code of SPEC section 4; null for automated mail.</summary>
    public string? Intent { get; set; }
    public double IntentConfidence { get; set; }
    public bool NeedsReply { get; set; }
    public double NeedsReplyConfidence { get; set; }
    public bool SignatureFound { get; set; }
    public double? SignatureConfidence { get; set; }

    /// <summary>The signature gave at least one field above 0.5 (the parse success rate's numerator).</summary>
    public bool SignatureParsed { get; set; }

    /// <summary>The contact fields as the analysis contract writes them (JSON object: field, value, confidence, source).</summary>
    public required string Fields { get; set; }

    /// <summary>What the sender wrote (quotes and signature cut), shown on the interaction.</summary>
    public string? Text { get; set; }
    public string? SignatureText { get; set; }
    public bool SignatureCached { get; set; }
    public bool IntentCached { get; set; }
    public double ElapsedMs { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset AnalyzedAt { get; set; }
}

/// <summary>The kinds of automated mail (SPEC section 3).</summary>
public enum AutomatedMail
{
    AutoReply,
    Bounce,
    Bulk,
}
