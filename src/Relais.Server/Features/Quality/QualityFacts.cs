using System.Linq.Expressions;
using Relais.Data.Model;

namespace Relais.Server.Features.Quality;

/// <summary>
/// What the score reads of a person: the values that are checked or compared, and only whether the
/// others are filled (the database answers that, so the team summary streams narrow rows).
/// </summary>
internal sealed record PersonFacts(
    Guid Id,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    string? Mobile,
    bool HasJobTitle,
    string? Linkedin,
    bool HasCountry)
{
    public static readonly Expression<Func<Person, PersonFacts>> Projection = p => new PersonFacts(
        p.Id, p.FirstName, p.LastName, p.Email, p.Phone, p.Mobile, !string.IsNullOrWhiteSpace(p.JobTitle), p.Linkedin, !string.IsNullOrWhiteSpace(p.Country));

    /// <summary>The organisations the person is linked to (filled after the row is read).</summary>
    public IReadOnlyList<Guid> OrganisationIds { get; set; } = [];

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
    bool HasAddress,
    bool HasCity,
    bool HasPostcode,
    bool HasCountry,
    bool HasType)
{
    public static readonly Expression<Func<Organisation, OrganisationFacts>> Projection = o => new OrganisationFacts(
        o.Id, o.Name, o.NormalizedName, o.Domain, o.Website, o.Phone, !string.IsNullOrWhiteSpace(o.Address), !string.IsNullOrWhiteSpace(o.City),
        !string.IsNullOrWhiteSpace(o.Postcode), !string.IsNullOrWhiteSpace(o.Country), !string.IsNullOrWhiteSpace(o.Type));

    /// <summary>How many people are linked to it (filled after the row is read).</summary>
    public int PeopleCount { get; set; }
}

internal sealed record OrganisationChecks(FieldCheck Domain, FieldCheck Website, FieldCheck Phone)
{
    public static OrganisationChecks Of(OrganisationFacts organisation, string region) => new(
        Validity.Domain(organisation.Domain),
        Validity.Url(organisation.Website),
        Validity.Phone(organisation.Phone, region));
}
