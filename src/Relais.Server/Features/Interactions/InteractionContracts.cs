using System.Collections.Frozen;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Relais.Data.Model;
using Relais.Engine;
using Relais.Server.Api;

namespace Relais.Server.Features.Interactions;

/// <summary>One of the ten intent codes of SPEC section 4 (<c>quotation_request</c>), or null.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class IntentCodeAttribute : ValidationAttribute
{
    public static readonly FrozenSet<string> Codes =
        Enum.GetNames<Intent>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName).ToFrozenSet();

    public IntentCodeAttribute()
        : base($"Must be one of: {string.Join(", ", Codes.Order(StringComparer.Ordinal))}.")
    {
    }

    public override bool IsValid(object? value) => value is null || (value is string code && Codes.Contains(code));
}

public sealed record InteractionInput(
    [Required] InteractionType? Type,
    [Required, StringLength(500, MinimumLength = 1)] string Title,
    Guid? PersonId = null,
    Guid? OrganisationId = null,
    MessageDirection? Direction = null,
    [StringLength(2000)] string? BodyExcerpt = null,
    [IntentCode] string? Intent = null,
    [Range(0.0, 1.0)] double? IntentConfidence = null,
    Priority Priority = Priority.Normal,
    [MaxLength(20)] List<string>? Tags = null,
    InteractionStatus Status = InteractionStatus.Open,
    Guid? AssigneeId = null,
    DateTimeOffset? OccurredAt = null)
{
    public (string, Guid?, Type)[] References =>
        [("person_id", PersonId, typeof(Person)), ("organisation_id", OrganisationId, typeof(Organisation)), ("assignee_id", AssigneeId, typeof(User))];

    public void ApplyTo(Interaction interaction, DateTimeOffset now)
    {
        interaction.Type = Type!.Value;
        interaction.Title = Title.Trim();
        interaction.PersonId = PersonId;
        interaction.OrganisationId = OrganisationId;
        interaction.Direction = Direction;
        interaction.BodyExcerpt = BodyExcerpt;
        interaction.Intent = Intent;
        interaction.IntentConfidence = IntentConfidence;
        interaction.Priority = Priority;
        interaction.Tags = Tags?.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList() ?? [];
        interaction.Status = Status;
        interaction.AssigneeId = AssigneeId;
        interaction.OccurredAt = OccurredAt ?? now;
    }
}

public sealed record InteractionFilter
{
    [FromQuery(Name = "person_id")]
    public Guid? PersonId { get; init; }

    [FromQuery(Name = "organisation_id")]
    public Guid? OrganisationId { get; init; }

    [FromQuery(Name = "intent")]
    [IntentCode]
    public string? Intent { get; init; }

    [FromQuery(Name = "status")]
    [EnumCode<InteractionStatus>]
    public string? Status { get; init; }
}

internal sealed record InteractionResponse(
    Guid Id,
    InteractionType Type,
    string Title,
    Guid? PersonId,
    Guid? OrganisationId,
    Guid? EmailMessageId,
    MessageDirection? Direction,
    string? BodyExcerpt,
    string? Intent,
    double? IntentConfidence,
    Priority Priority,
    IReadOnlyList<string> Tags,
    InteractionStatus Status,
    Guid? AssigneeId,
    DateTimeOffset OccurredAt,
    DateTimeOffset CreatedAt)
{
    public static readonly Projection<Interaction, InteractionResponse> Map = new(i => new InteractionResponse(
        i.Id, i.Type, i.Title, i.PersonId, i.OrganisationId, i.EmailMessageId, i.Direction, i.BodyExcerpt, i.Intent, i.IntentConfidence,
        i.Priority, i.Tags, i.Status, i.AssigneeId, i.OccurredAt, i.CreatedAt));
}
