namespace Relais.Data.Model;

/// <summary>
/// The daily counters of the email-intelligence metrics (table <c>email_metrics_daily</c>), one row
/// per team, UTC day, intent and analysing provider/model, added to as mail is ingested, analysed
/// and reviewed, so a year of metrics sums a few thousand rows instead of a million emails. The
/// empty string stands for "none": received mail and review actions are counted on the row with
/// no intent and no model, automated mail (no intent) on the row with no intent.
/// </summary>
public sealed class EmailMetricsDay : ITeamOwned
{
    public Guid TeamId { get; set; }
    public DateOnly Day { get; set; }
    public required string Intent { get; set; }
    public required string Provider { get; set; }
    public required string Model { get; set; }

    /// <summary>Inbound emails ingested, on the day they were received.</summary>
    public int Received { get; set; }

    /// <summary>Analyses written, on the day of the analysis; the counters below are parts of it.</summary>
    public int Analysed { get; set; }

    /// <summary>Analysed mail that is not automated (auto-reply, bounce, bulk).</summary>
    public int Human { get; set; }
    public int SignaturesFound { get; set; }
    public int SignaturesParsed { get; set; }

    /// <summary>Human mail whose intent is not <c>other</c>.</summary>
    public int IntentsDetected { get; set; }
    public double IntentConfidenceSum { get; set; }
    public int CacheLookups { get; set; }
    public int CacheHits { get; set; }
    public double ElapsedMsSum { get; set; }

    /// <summary>Analyses whose engine failed (<c>analysis failed: …</c>).</summary>
    public int Errors { get; set; }
    public int SuggestionsCreated { get; set; }
    public int AutoApplied { get; set; }

    /// <summary>Review actions, on the day of the review.</summary>
    public int Approved { get; set; }
    public int Corrected { get; set; }
    public int Rejected { get; set; }
    public long Tokens { get; set; }
    public double Cost { get; set; }
}
