using Relais.Server.Features.Quality;

namespace Relais.Server.Tests.Features.Quality;

/// <summary>Scores of hand-built records; each expected value is the sum of the weights in <see cref="QualityScoring"/>.</summary>
public sealed class QualityScoringTests
{
    private static readonly Guid Acme = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    private static PersonFacts Person(
        string? first = "Claire", string? last = "Martin", string? email = "claire.martin@acme-gestion.fr", string? phone = "01 42 68 53 00",
        string? mobile = null, string? job = "Directrice financière", string? linkedin = "https://www.linkedin.com/in/claire-martin", string? country = "FR",
        bool linked = true) =>
        new(Guid.CreateVersion7(), first, last, email, phone, mobile, job is not null, linkedin, country is not null) { OrganisationIds = linked ? [Acme] : [] };

    private static OrganisationFacts Organisation(
        string? domain = "acme-gestion.fr", string? website = "https://www.acme-gestion.fr", string? phone = "+33 1 42 68 53 00", string? address = "12 rue de la Paix",
        string? city = "Paris", string? postcode = "75002", string? country = "FR", string? type = "client", int people = 2) =>
        new(Guid.CreateVersion7(), "Acme Gestion", "acme gestion", domain, website, phone, address is not null, city is not null, postcode is not null,
            country is not null, type is not null) { PeopleCount = people };

    private static ScoreCard Score(PersonFacts person, int duplicateReasons = 0) =>
        QualityScoring.Person(person, PersonChecks.Of(person, "FR"), duplicateReasons);

    private static ScoreCard Score(OrganisationFacts organisation, int duplicateReasons = 0) =>
        QualityScoring.Organisation(organisation, OrganisationChecks.Of(organisation, "FR"), duplicateReasons);

    [Fact]
    public void Person_EveryFieldValid_Scores100TierA()
    {
        var card = Score(Person());

        Assert.Equal((100, "A", 100, 0), (card.Score, card.Tier, card.Completeness, card.DuplicatePenalty));
        Assert.Equal(["first_name", "last_name", "email", "phone", "job_title", "organisation", "linkedin", "country"], card.Criteria.Select(c => c.Code));
        Assert.Equal(100, card.Criteria.Sum(c => c.Weight));
    }

    [Fact]
    public void Person_BadEmailDomainNoPhoneNoOrganisation_Scores50TierC()
    {
        // first 10 + last 15 + email 25-10 (bad domain) + job 10 = 50.
        var card = Score(Person(email: "claire.martin@gmial.com", phone: null, linkedin: null, country: null, linked: false));

        Assert.Equal((50, "C"), (card.Score, card.Tier));
        Assert.Equal(new CriterionScore("email", 25, 15, CriterionStatus.Invalid), card.Criteria.Single(c => c.Code == "email"));
        Assert.Equal(new CriterionScore("phone", 15, 0, CriterionStatus.Missing), card.Criteria.Single(c => c.Code == "phone"));
    }

    [Fact]
    public void Person_SameButOneDuplicateReason_Scores40TierD()
    {
        var card = Score(Person(email: "claire.martin@gmial.com", phone: null, linkedin: null, country: null, linked: false), duplicateReasons: 1);

        Assert.Equal((40, "D", 50, 10), (card.Score, card.Tier, card.Completeness, card.DuplicatePenalty));
    }

    [Fact]
    public void Person_InvalidPhoneButValidMobile_PhoneCriterionValid()
    {
        var card = Score(Person(phone: "06 12 34 56", mobile: "06 12 34 56 78"));

        Assert.Equal(new CriterionScore("phone", 15, 15, CriterionStatus.Valid), card.Criteria.Single(c => c.Code == "phone"));
        Assert.Equal(100, card.Score);
    }

    [Fact]
    public void Person_InvalidPhoneAndNotALinkedinLink_LoseTheirValidityShares()
    {
        // 100 - 5 (phone invalid for FR) - 2 (linkedin not a linkedin.com link) - 5 (no country) = 88.
        var card = Score(Person(phone: "(650) 253-0000", linkedin: "https://twitter.com/claire", country: null));

        Assert.Equal((88, "A"), (card.Score, card.Tier));
    }

    [Fact]
    public void Person_OnlyALastName_Scores15TierD()
    {
        var card = Score(new PersonFacts(Guid.CreateVersion7(), null, "Martin", null, null, null, false, null, false));

        Assert.Equal((15, "D"), (card.Score, card.Tier));
    }

    [Fact]
    public void Person_ThreeDuplicateReasonsOnAPoorRecord_NeverBelowZero()
    {
        var card = Score(new PersonFacts(Guid.CreateVersion7(), null, "Martin", null, null, null, false, null, false), duplicateReasons: 3);

        Assert.Equal((0, "D", 30), (card.Score, card.Tier, card.DuplicatePenalty));
    }

    [Fact]
    public void Organisation_Complete_Scores100TierA()
    {
        var card = Score(Organisation());

        Assert.Equal((100, "A"), (card.Score, card.Tier));
        Assert.Equal(100, card.Criteria.Sum(c => c.Weight));
    }

    [Fact]
    public void Organisation_ReservedDomainBadWebsiteNothingElse_Scores40TierD()
    {
        // name 20 + domain 15-5 + website 15-5 = 40.
        var card = Score(Organisation(domain: "acme.test", website: "htp//acme", phone: null, address: null, city: null, postcode: null, country: null, type: null, people: 0));

        Assert.Equal((40, "D"), (card.Score, card.Tier));
    }

    [Fact]
    public void Organisation_NoAddressNoTypeAndADuplicate_Scores75TierB()
    {
        // 100 - 10 (address) - 5 (type) - 10 (one duplicate reason) = 75.
        var card = Score(Organisation(address: null, type: null), duplicateReasons: 1);

        Assert.Equal((75, "B"), (card.Score, card.Tier));
    }

    [Theory]
    [InlineData(100, "A")]
    [InlineData(85, "A")]
    [InlineData(84, "B")]
    [InlineData(70, "B")]
    [InlineData(69, "C")]
    [InlineData(50, "C")]
    [InlineData(49, "D")]
    [InlineData(0, "D")]
    public void TierOf_Score_FollowsTheThresholds(int score, string tier)
    {
        Assert.Equal(tier, QualityScoring.TierOf(score));
    }

    [Theory]
    [InlineData("Élodie", "DUPONT-Martin", "elodie dupont martin")]
    [InlineData("  elodie ", "Dupont  Martin", "elodie dupont martin")]
    [InlineData("François", "d'Aubigné", "francois d aubigne")]
    [InlineData(null, "  ", null)]
    public void PersonName_AccentsCaseAndSpaces_Folded(string? first, string? last, string? expected)
    {
        Assert.Equal(expected, DuplicateKeys.PersonName(first, last));
    }

    [Fact]
    public void Recommendations_PoorPerson_OneCodePerProblem()
    {
        var person = Person(email: "claire.martin@gmial.com", phone: "06 12 34 56", job: null, linkedin: "https://twitter.com/claire", country: null, linked: false);
        var duplicate = new DuplicateCandidate(Guid.Parse("0190a000-0000-7000-8000-0000000000aa"), "Claire Martin", [DuplicateReason.SameEmail]);

        var recommendations = Recommendations.ForPerson(person, PersonChecks.Of(person, "FR"), [duplicate]);

        Assert.Equal(
            ["invalid_email_domain", "invalid_phone", "add_job_title", "link_organisation", "invalid_linkedin", "add_country", "possible_duplicate"],
            recommendations.Select(r => r.Code));
        Assert.Equal(duplicate.Id, recommendations[^1].RelatedId);
        Assert.Equal("Possible duplicate of person 0190a000-0000-7000-8000-0000000000aa (same_email).", recommendations[^1].Message);
    }

    [Fact]
    public void Recommendations_EmptyPerson_AsksForEachMissingField()
    {
        var person = new PersonFacts(Guid.CreateVersion7(), null, null, null, null, null, false, null, false);

        var recommendations = Recommendations.ForPerson(person, PersonChecks.Of(person, "FR"), []);

        Assert.Equal(
            ["add_first_name", "add_last_name", "add_email", "add_phone", "add_job_title", "link_organisation", "add_linkedin", "add_country"],
            recommendations.Select(r => r.Code));
    }

    [Fact]
    public void Recommendations_CompletePerson_None()
    {
        var person = Person();

        Assert.Empty(Recommendations.ForPerson(person, PersonChecks.Of(person, "FR"), []));
    }

    [Fact]
    public void Recommendations_Organisation_InvalidDomainWebsiteAndPhone()
    {
        var organisation = Organisation(domain: "acme_gestion", website: "ftp://acme-gestion.fr", phone: "01 23", people: 0);

        var recommendations = Recommendations.ForOrganisation(organisation, OrganisationChecks.Of(organisation, "FR"), []);

        Assert.Equal(["invalid_domain", "invalid_website", "invalid_phone", "link_people"], recommendations.Select(r => r.Code));
    }
}
