namespace Relais.Server.Features.Quality;

internal enum CriterionStatus
{
    Missing,

    /// <summary>Filled, and nothing to check about it.</summary>
    Present,
    Valid,

    /// <summary>Filled but fails its check: earns the criterion's weight less its validity share.</summary>
    Invalid,
}

internal sealed record CriterionScore(string Code, int Weight, int Earned, CriterionStatus Status);

internal sealed record ScoreCard(int Score, string Tier, int Completeness, int DuplicatePenalty, IReadOnlyList<CriterionScore> Criteria);

/// <summary>
/// Scores 0–100: each criterion earns its weight when filled (and valid, for the checked ones); a
/// filled value that fails its check earns the weight less its validity share. Weights sum to 100
/// for people and for organisations. Each kind of duplicate found takes off
/// <see cref="PenaltyPerDuplicateReason"/> points; the score never goes below 0.
/// </summary>
internal static class QualityScoring
{
    public const int PenaltyPerDuplicateReason = 10;

    // (code, weight, of which validity): what makes a contact usable is a way to reach them (email,
    // phone) and knowing who they are and where they work; social links and country are extras.
    private static readonly (string Code, int Weight, int Validity)[] PersonWeights =
    [
        ("first_name", 10, 0),
        ("last_name", 15, 0),
        ("email", 25, 10),
        ("phone", 15, 5),
        ("job_title", 10, 0),
        ("organisation", 15, 0),
        ("linkedin", 5, 2),
        ("country", 5, 0),
    ];

    // An organisation is reached through its domain, website and switchboard; the postal address
    // counts less, and knowing one of its people a little.
    private static readonly (string Code, int Weight, int Validity)[] OrganisationWeights =
    [
        ("name", 20, 0),
        ("domain", 15, 5),
        ("website", 15, 5),
        ("phone", 15, 5),
        ("address", 10, 0),
        ("city", 5, 0),
        ("postcode", 5, 0),
        ("country", 5, 0),
        ("type", 5, 0),
        ("people", 5, 0),
    ];

    public static string TierOf(int score) => score switch
    {
        >= 85 => "A",
        >= 70 => "B",
        >= 50 => "C",
        _ => "D",
    };

    public static ScoreCard Person(PersonFacts person, PersonChecks checks, int duplicateReasons)
    {
        var statuses = new CriterionStatus[PersonWeights.Length];
        PersonStatuses(person, checks, statuses);
        return Card(PersonWeights, statuses, duplicateReasons);
    }

    public static ScoreCard Organisation(OrganisationFacts organisation, OrganisationChecks checks, int duplicateReasons)
    {
        var statuses = new CriterionStatus[OrganisationWeights.Length];
        OrganisationStatuses(organisation, checks, statuses);
        return Card(OrganisationWeights, statuses, duplicateReasons);
    }

    /// <summary>The score before any duplicate penalty, without the breakdown (the team summary scores every record).</summary>
    public static int PersonCompleteness(PersonFacts person, PersonChecks checks)
    {
        Span<CriterionStatus> statuses = stackalloc CriterionStatus[PersonWeights.Length];
        PersonStatuses(person, checks, statuses);
        return Completeness(PersonWeights, statuses);
    }

    public static int OrganisationCompleteness(OrganisationFacts organisation, OrganisationChecks checks)
    {
        Span<CriterionStatus> statuses = stackalloc CriterionStatus[OrganisationWeights.Length];
        OrganisationStatuses(organisation, checks, statuses);
        return Completeness(OrganisationWeights, statuses);
    }

    public static int Penalised(int completeness, int duplicateReasons) => Math.Max(0, completeness - (duplicateReasons * PenaltyPerDuplicateReason));

    private static void PersonStatuses(PersonFacts person, PersonChecks checks, Span<CriterionStatus> statuses)
    {
        statuses[0] = Filled(person.FirstName);
        statuses[1] = Filled(person.LastName);
        statuses[2] = Checked(checks.Email);
        statuses[3] = checks.Phone.IsPresent || checks.Mobile.IsPresent
            ? (checks.Phone.IsValid || checks.Mobile.IsValid ? CriterionStatus.Valid : CriterionStatus.Invalid)
            : CriterionStatus.Missing;
        statuses[4] = Filled(person.HasJobTitle);
        statuses[5] = Filled(person.OrganisationIds.Count > 0);
        statuses[6] = Checked(checks.Linkedin);
        statuses[7] = Filled(person.HasCountry);
    }

    private static void OrganisationStatuses(OrganisationFacts organisation, OrganisationChecks checks, Span<CriterionStatus> statuses)
    {
        statuses[0] = Filled(organisation.Name);
        statuses[1] = Checked(checks.Domain);
        statuses[2] = Checked(checks.Website);
        statuses[3] = Checked(checks.Phone);
        statuses[4] = Filled(organisation.HasAddress);
        statuses[5] = Filled(organisation.HasCity);
        statuses[6] = Filled(organisation.HasPostcode);
        statuses[7] = Filled(organisation.HasCountry);
        statuses[8] = Filled(organisation.HasType);
        statuses[9] = Filled(organisation.PeopleCount > 0);
    }

    private static int Earned((string Code, int Weight, int Validity) criterion, CriterionStatus status) => status switch
    {
        CriterionStatus.Missing => 0,
        CriterionStatus.Invalid => criterion.Weight - criterion.Validity,
        _ => criterion.Weight,
    };

    private static int Completeness((string Code, int Weight, int Validity)[] weights, ReadOnlySpan<CriterionStatus> statuses)
    {
        var completeness = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            completeness += Earned(weights[i], statuses[i]);
        }

        return completeness;
    }

    private static ScoreCard Card((string Code, int Weight, int Validity)[] weights, CriterionStatus[] statuses, int duplicateReasons)
    {
        var criteria = new CriterionScore[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            criteria[i] = new CriterionScore(weights[i].Code, weights[i].Weight, Earned(weights[i], statuses[i]), statuses[i]);
        }

        var completeness = Completeness(weights, statuses);
        var score = Penalised(completeness, duplicateReasons);
        return new ScoreCard(score, TierOf(score), completeness, duplicateReasons * PenaltyPerDuplicateReason, criteria);
    }

    private static CriterionStatus Filled(string? value) => Filled(!string.IsNullOrWhiteSpace(value));

    private static CriterionStatus Filled(bool filled) => filled ? CriterionStatus.Present : CriterionStatus.Missing;

    private static CriterionStatus Checked(FieldCheck check) => check.Status switch
    {
        ValidityStatus.Missing => CriterionStatus.Missing,
        ValidityStatus.Valid => CriterionStatus.Valid,
        _ => CriterionStatus.Invalid,
    };
}
