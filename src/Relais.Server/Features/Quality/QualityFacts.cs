namespace Relais.Server.Features.Quality;

/// <summary>The fields of a person the score reads, and the organisations the person is linked to.</summary>
internal sealed record PersonFacts(
    Guid Id,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    string? Mobile,
    string? JobTitle,
    string? Linkedin,
    string? Country,
    IReadOnlyList<Guid> OrganisationIds)
{
    /// <summary>How lists show the person: the name, never the address or number.</summary>
    public string Label => $"{FirstName} {LastName}".Trim();
}

internal sealed record PersonChecks(FieldCheck Email, FieldCheck Phone, FieldCheck Mobile, FieldCheck Linkedin)
{
    /// <summary>Phone numbers are read in the team's default region (a number written with +NN dials its own country).</summary>
    public static PersonChecks Of(PersonFacts person, string region) => new(
        Validity.Email(person.Email),
        Validity.Phone(person.Phone, region),
        Validity.Phone(person.Mobile, region),
        Validity.Linkedin(person.Linkedin));
}

internal sealed record OrganisationFacts(
    Guid Id,
    string Name,
    string NormalizedName,
    string? Domain,
    string? Website,
    string? Phone,
    string? Address,
    string? City,
    string? Postcode,
    string? Country,
    string? Type,
    int PeopleCount);

internal sealed record OrganisationChecks(FieldCheck Domain, FieldCheck Website, FieldCheck Phone)
{
    public static OrganisationChecks Of(OrganisationFacts organisation, string region) => new(
        Validity.Domain(organisation.Domain),
        Validity.Url(organisation.Website),
        Validity.Phone(organisation.Phone, region));
}
