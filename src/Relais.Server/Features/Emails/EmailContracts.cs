using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Relais.Data.Model;
using Relais.Server.Api;

namespace Relais.Server.Features.Emails;

/// <summary>The answer to an upload: the stored email, or the one already stored under the same Message-ID or content.</summary>
internal sealed record UploadedEmail(Guid Id, bool Duplicate, MessageDirection Direction, AnalysisState AnalysisState);

/// <summary>Filters of <c>GET /emails</c>.</summary>
public sealed record EmailFilter
{
    [FromQuery(Name = "direction")]
    [EnumCode<MessageDirection>]
    public string? Direction { get; init; }

    [FromQuery(Name = "state")]
    [EnumCode<AnalysisState>]
    public string? State { get; init; }

    [FromQuery(Name = "person_id")]
    public Guid? PersonId { get; init; }

    /// <summary>The sender's address, exactly (case-insensitive).</summary>
    [FromQuery(Name = "from")]
    [StringLength(320)]
    public string? From { get; init; }

    [FromQuery(Name = "intent")]
    [StringLength(32)]
    public string? Intent { get; init; }

    /// <summary>auto_reply, bounce, bulk, or human.</summary>
    [FromQuery(Name = "automated")]
    [StringLength(16)]
    public string? Automated { get; init; }

    [FromQuery(Name = "received_after")]
    public DateTimeOffset? ReceivedAfter { get; init; }

    [FromQuery(Name = "received_before")]
    public DateTimeOffset? ReceivedBefore { get; init; }
}

internal sealed record EmailSummary(
    Guid Id,
    string? Subject,
    string? FromEmail,
    string? FromName,
    IReadOnlyList<string> To,
    DateTimeOffset? SentAt,
    DateTimeOffset ReceivedAt,
    MessageDirection Direction,
    AnalysisState AnalysisState,
    Guid? PersonId,
    string? Intent,
    AutomatedMail? Automated,
    int Attempts,
    string? LastError);

internal sealed record EmailDetail(
    Guid Id,
    Guid? AccountId,
    string? ExternalId,
    string? MessageId,
    string? ThreadId,
    string? Subject,
    string? FromEmail,
    string? FromName,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    DateTimeOffset? SentAt,
    DateTimeOffset ReceivedAt,
    MessageDirection Direction,
    string? TextBody,
    bool HasHtml,
    AnalysisState AnalysisState,
    DateTimeOffset? ProcessedAt,
    int Attempts,
    string? LastError,
    Guid? PersonId,
    Guid? InteractionId);
