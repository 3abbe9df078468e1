using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Relais.Server.Features.Quality;

/// <summary>One field's check: <c>normalized</c> is the lower-case address, the E.164 number or the absolute link.</summary>
internal sealed record ValidityResult(string Field, ValidityStatus Status, string? Normalized)
{
    public ValidityResult(string field, FieldCheck check)
        : this(field, check.Status, check.Normalized)
    {
    }
}

internal sealed record PersonQualityResponse(
    Guid Id,
    string Label,
    int Score,
    string Tier,
    int Completeness,
    int DuplicatePenalty,
    IReadOnlyList<CriterionScore> Criteria,
    IReadOnlyList<ValidityResult> Validity,
    IReadOnlyList<DuplicateCandidate> Duplicates,
    IReadOnlyList<Recommendation> Recommendations);

internal sealed record OrganisationQualityResponse(
    Guid Id,
    string Label,
    int Score,
    string Tier,
    int Completeness,
    int DuplicatePenalty,
    IReadOnlyList<CriterionScore> Criteria,
    IReadOnlyList<ValidityResult> Validity,
    IReadOnlyList<DuplicateCandidate> Duplicates,
    IReadOnlyList<Recommendation> Recommendations);

internal sealed record TierCounts(int A, int B, int C, int D);

internal sealed record RecordScore(Guid Id, string Label, int Score, string Tier);

internal sealed record DuplicateGroup(DuplicateReason Reason, IReadOnlyList<Guid> Ids);

/// <summary>
/// One kind of record across the team: tier distribution, average score, the <c>worst</c> lowest
/// scores, and the largest duplicate groups (<c>duplicate_group_count</c> counts them all).
/// </summary>
internal sealed record QualitySummary(
    int Total,
    double AverageScore,
    TierCounts Tiers,
    IReadOnlyList<RecordScore> Worst,
    int DuplicateGroupCount,
    IReadOnlyList<DuplicateGroup> DuplicateGroups);

internal sealed record TeamQualityResponse(QualitySummary People, QualitySummary Organisations);

public sealed record TeamQualityQuery
{
    [FromQuery(Name = "worst")]
    [Range(1, 200)]
    public int? Worst { get; init; }

    [FromQuery(Name = "groups")]
    [Range(1, 500)]
    public int? Groups { get; init; }
}

/// <summary>Merges <c>merge_id</c> into <c>keep_id</c>, then deletes <c>merge_id</c>.</summary>
public sealed record MergeInput([Required] Guid? KeepId, [Required] Guid? MergeId);

/// <summary>The kept record, the fields it took from the merged one, and the rows re-pointed per <c>table.column</c>.</summary>
internal sealed record MergeResponse(Guid KeepId, Guid MergedId, IReadOnlyList<string> FieldsFilled, IReadOnlyDictionary<string, int> Moved);
