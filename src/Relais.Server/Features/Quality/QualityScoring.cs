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
        var phone = checks.Phone.IsPresent || checks.Mobile.IsPresent
            ? (checks.Phone.IsValid || checks.Mobile.IsValid ? CriterionStatus.Valid : CriterionStatus.Invalid)
            : CriterionStatus.Missing;
        CriterionStatus[] statuses =
        [
            Filled(person.FirstName),
            Filled(person.LastName),
            Checked(checks.Email),
            phone,
            Filled(person.JobTitle),
            person.OrganisationIds.Count > 0 ? CriterionStatus.Present : CriterionStatus.Missing,
            Checked(checks.Linkedin),
            Filled(person.Country),
        ];
        return Card(PersonWeights, statuses, duplicateReasons);
    }

    public static ScoreCard Organisation(OrganisationFacts organisation, OrganisationChecks checks, int duplicateReasons)
    {
        CriterionStatus[] statuses =
        [
            Filled(organisation.Name),
            Checked(checks.Domain),
            Checked(checks.Website),
            Checked(checks.Phone),
            Filled(organisation.Address),
            Filled(organisation.City),
            Filled(organisation.Postcode),
            Filled(organisation.Country),
            Filled(organisation.Type),
            organisation.PeopleCount > 0 ? CriterionStatus.Present : CriterionStatus.Missing,
        ];
        return Card(OrganisationWeights, statuses, duplicateReasons);
    }

    private static ScoreCard Card((string Code, int Weight, int Validity)[] weights, CriterionStatus[] statuses, int duplicateReasons)
    {
        var criteria = new CriterionScore[weights.Length];
        var completeness = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var (code, weight, validity) = weights[i];
            var earned = statuses[i] switch
            {
                CriterionStatus.Missing => 0,
                CriterionStatus.Invalid => weight - validity,
                _ => weight,
            };
            criteria[i] = new CriterionScore(code, weight, earned, statuses[i]);
            completeness += earned;
        }

        var penalty = duplicateReasons * PenaltyPerDuplicateReason;
        var score = Math.Max(0, completeness - penalty);
        return new ScoreCard(score, TierOf(score), completeness, penalty, criteria);
    }

    private static CriterionStatus Filled(string? value) => string.IsNullOrWhiteSpace(value) ? CriterionStatus.Missing : CriterionStatus.Present;

    private static CriterionStatus Checked(FieldCheck check) => check.Status switch
    {
        ValidityStatus.Missing => CriterionStatus.Missing,
        ValidityStatus.Valid => CriterionStatus.Valid,
        _ => CriterionStatus.Invalid,
    };
}
