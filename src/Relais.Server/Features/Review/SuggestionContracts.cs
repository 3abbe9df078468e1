using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Relais.Data.Model;
using Relais.Server.Api;

namespace Relais.Server.Features.Review;

/// <summary>Filters of the review queue (<c>GET /autofill/suggestions</c>); status defaults to pending.</summary>
public sealed record SuggestionFilter
{
    [FromQuery(Name = "status")]
    [EnumCode<SuggestionStatus>]
    public string? Status { get; init; }

    [FromQuery(Name = "field")]
    [StringLength(32)]
    public string? Field { get; init; }

    [FromQuery(Name = "min_confidence")]
    [Range(0.0, 1.0)]
    public double? MinConfidence { get; init; }

    [FromQuery(Name = "max_confidence")]
    [Range(0.0, 1.0)]
    public double? MaxConfidence { get; init; }

    /// <summary>The sender's address.</summary>
    [FromQuery(Name = "sender")]
    [StringLength(320)]
    public string? Sender { get; init; }

    [FromQuery(Name = "person_id")]
    public Guid? PersonId { get; init; }

    [FromQuery(Name = "organisation_id")]
    public Guid? OrganisationId { get; init; }

    [FromQuery(Name = "email_id")]
    public Guid? EmailId { get; init; }
}

internal sealed record SuggestionResponse(
    Guid Id,
    Guid EmailId,
    string? Sender,
    string? Subject,
    SuggestionTarget TargetType,
    Guid? PersonId,
    string? PersonName,
    Guid? OrganisationId,
    string? OrganisationName,
    string Field,
    string? CurrentValue,
    string SuggestedValue,
    double Confidence,
    string Model,
    string? ValueSource,
    SuggestionStatus Status,
    string? Reason,
    string? AppliedValue,
    Guid? ReviewerId,
    DateTimeOffset? ReviewedAt,
    DateTimeOffset CreatedAt);

/// <summary>The reviewer's own value for <c>POST /autofill/suggestions/{id}/correct</c>.</summary>
public sealed record CorrectRequest([Required, StringLength(500, MinimumLength = 1)] string Value, [StringLength(2000)] string? Notes = null);

/// <summary>Why a suggestion is rejected (<c>not_a_contact</c> rejects the sender as a whole).</summary>
public sealed record RejectRequest([StringLength(500)] string? Reason = null, [StringLength(2000)] string? Notes = null);

public enum BulkAction
{
    Approve,
    Reject,
    Undo,
}

/// <summary>One action on many suggestions: <c>{"ids": […], "action": "approve"}</c>.</summary>
public sealed record BulkRequest([Required, MinLength(1), MaxLength(500)] IReadOnlyList<Guid> Ids, BulkAction Action, [StringLength(500)] string? Reason = null);

internal sealed record BulkItem(Guid Id, bool Done, string? Error);

internal sealed record BulkResponse(int Done, int Failed, IReadOnlyList<BulkItem> Items);
