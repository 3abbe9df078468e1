namespace Relais.Data.Model;

/// <summary>
/// One field the pipeline proposes for a person or an organisation, with that field's own
/// confidence. Applied at once when the autofill policy allows, else waiting for review.
/// </summary>
public sealed class AutofillSuggestion : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid EmailMessageId { get; set; }
    public Guid? JobId { get; set; }
    public SuggestionTarget TargetType { get; set; }

    /// <summary>The person concerned; null when the sender is not in the CRM yet (approval creates them).</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The organisation concerned (organisation fields), null when it does not exist yet.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The field's code: first_name, last_name, job_title, email, phone, mobile, linkedin, company, website, address.</summary>
    public required string Field { get; set; }
    public string? CurrentValue { get; set; }
    public required string SuggestedValue { get; set; }
    public double Confidence { get; set; }

    /// <summary>Engine and version (or provider model) that produced the value.</summary>
    public required string Model { get; set; }

    /// <summary>Where in the email the value was read: signature, header or domain.</summary>
    public string? ValueSource { get; set; }
    public SuggestionStatus Status { get; set; } = SuggestionStatus.Pending;

    /// <summary>Why it waits for review (below_threshold, user_value…) or why a reviewer rejected it.</summary>
    public string? Reason { get; set; }

    /// <summary>The value written to the CRM (the suggestion, or the reviewer's correction).</summary>
    public string? AppliedValue { get; set; }
    public Guid? ReviewerId { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum SuggestionTarget
{
    Person,
    Organisation,
}

public enum SuggestionStatus
{
    Pending,
    AutoApplied,
    Approved,
    Corrected,
    Rejected,

    /// <summary>An auto-applied value a reviewer took back: the previous value is restored.</summary>
    Undone,
}
