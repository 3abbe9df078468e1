namespace Relais.Data.Model;

/// <summary>A reviewer's verdict on one prediction (table <c>ai_feedback</c>): the ground truth accuracy is measured on.</summary>
public sealed class AiFeedback : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid? UserId { get; set; }

    /// <summary><c>signature</c> (a contact field) or <c>intent</c>.</summary>
    public required string PredictionType { get; set; }
    public Guid? SuggestionId { get; set; }
    public Guid? EmailMessageId { get; set; }
    public string? Field { get; set; }
    public required string Model { get; set; }
    public string? OriginalValue { get; set; }
    public double? OriginalConfidence { get; set; }
    public string? CorrectedValue { get; set; }
    public FeedbackOutcome Outcome { get; set; }

    /// <summary>field_missing, wrong_value_&lt;field&gt;, total_rejection, minor_correction.</summary>
    public List<string> ErrorCategories { get; set; } = [];
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum FeedbackOutcome
{
    Accepted,
    Corrected,
    Rejected,
}
