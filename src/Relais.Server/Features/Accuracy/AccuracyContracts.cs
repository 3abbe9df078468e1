using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Relais.Data.Model;

namespace Relais.Server.Features.Accuracy;

public sealed record AccuracyQuery
{
    [FromQuery(Name = "days")]
    [Range(1, 365)]
    public int? Days { get; init; }

    [FromQuery(Name = "prediction_type")]
    [StringLength(32)]
    public string? PredictionType { get; init; }
}

/// <summary>One confidence bucket of the reliability table: the feedback whose confidence fell in [from, to), and how much of it was accepted.</summary>
internal sealed record ReliabilityBucket(double From, double To, int Total, int Accepted, double? Precision);

/// <summary>Accuracy of one prediction type, model and field (the field is empty for intents) over the window.</summary>
internal sealed record AccuracyLine(
    string PredictionType,
    string Model,
    string Field,
    int Total,
    int Accepted,
    int Corrected,
    int Rejected,
    double AcceptedRate,
    double CorrectedRate,
    double RejectedRate,
    double? AverageConfidenceAccepted,
    double? AverageConfidenceCorrected,
    IReadOnlyList<ReliabilityBucket> Reliability,
    double? RecommendedThreshold);

/// <summary><c>GET /ai/accuracy</c>: per line, and the same over all fields of each prediction type and model.</summary>
internal sealed record AccuracyResponse(int Days, DateOnly From, DateOnly To, IReadOnlyList<AccuracyLine> Lines, IReadOnlyList<AccuracyLine> Overall);

internal sealed record FeedbackResponse(
    Guid Id,
    Guid? UserId,
    string PredictionType,
    Guid? SuggestionId,
    Guid? EmailId,
    string? Field,
    string Model,
    string? OriginalValue,
    double? OriginalConfidence,
    string? CorrectedValue,
    FeedbackOutcome Outcome,
    IReadOnlyList<string> ErrorCategories,
    string? Notes,
    DateTimeOffset CreatedAt);

public sealed record FeedbackQuery
{
    [FromQuery(Name = "days")]
    [Range(1, 365)]
    public int? Days { get; init; }

    [FromQuery(Name = "outcome")]
    [Api.EnumCode<FeedbackOutcome>]
    public string? Outcome { get; init; }

    [FromQuery(Name = "field")]
    [StringLength(32)]
    public string? Field { get; init; }
}

/// <summary>
/// Feedback a reviewer gives outside the review queue, e.g. <c>field_missing</c>: the engine found
/// nothing for a field the email showed.
/// </summary>
public sealed record FeedbackInput(
    [Required, StringLength(32)] string PredictionType,
    FeedbackOutcome Outcome,
    Guid? EmailId = null,
    [StringLength(32)] string? Field = null,
    [StringLength(500)] string? OriginalValue = null,
    [Range(0.0, 1.0)] double? OriginalConfidence = null,
    [StringLength(500)] string? CorrectedValue = null,
    [MaxLength(10)] IReadOnlyList<string>? ErrorCategories = null,
    [StringLength(2000)] string? Notes = null);
