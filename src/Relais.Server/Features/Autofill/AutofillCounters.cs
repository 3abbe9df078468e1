namespace Relais.Server.Features.Autofill;

/// <summary>The ten counters of a run (SPEC section 9), summed over its batches.</summary>
public sealed record AutofillCounters
{
    public int EmailsProcessed { get; init; }
    public int SignaturesParsed { get; init; }
    public int SignaturesCached { get; init; }
    public int IntentsDetected { get; init; }
    public int IntentsCached { get; init; }
    public int SuggestionsCreated { get; init; }
    public int AutoApplied { get; init; }
    public int ManualReview { get; init; }
    public int Errors { get; init; }
    public long ProcessingTimeMs { get; init; }

    /// <summary>Emails the batch claimed (processed or failed); zero means nothing was waiting.</summary>
    public int Claimed { get; init; }

    public static AutofillCounters operator +(AutofillCounters a, AutofillCounters b) => new()
    {
        EmailsProcessed = a.EmailsProcessed + b.EmailsProcessed,
        SignaturesParsed = a.SignaturesParsed + b.SignaturesParsed,
        SignaturesCached = a.SignaturesCached + b.SignaturesCached,
        IntentsDetected = a.IntentsDetected + b.IntentsDetected,
        IntentsCached = a.IntentsCached + b.IntentsCached,
        SuggestionsCreated = a.SuggestionsCreated + b.SuggestionsCreated,
        AutoApplied = a.AutoApplied + b.AutoApplied,
        ManualReview = a.ManualReview + b.ManualReview,
        Errors = a.Errors + b.Errors,
        ProcessingTimeMs = a.ProcessingTimeMs + b.ProcessingTimeMs,
        Claimed = a.Claimed + b.Claimed,
    };
}

/// <summary>What a run does: the window, how many emails at most, and the auto-apply threshold.</summary>
public sealed record AutofillParameters(int DaysBack, int MaxEmails, double Threshold);
