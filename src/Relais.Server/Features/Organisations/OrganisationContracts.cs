using System.ComponentModel.DataAnnotations;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.People;

namespace Relais.Server.Features.Organisations;

/// <summary>The writable fields of an organisation (POST creates, PUT replaces).</summary>
public sealed record OrganisationInput(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [StringLength(253)] string? Domain = null,
    [Url, StringLength(300)] string? Website = null,
    [Phone, StringLength(32)] string? Phone = null,
    [StringLength(500)] string? Address = null,
    [StringLength(100)] string? City = null,
    [StringLength(16)] string? Postcode = null,
    [StringLength(2, MinimumLength = 2)] string? Country = null,
    [StringLength(64)] string? Type = null,
    [StringLength(64)] string? PipelineStage = null)
{
    public void ApplyTo(Organisation organisation)
    {
        organisation.Name = Name.Trim();
        organisation.NormalizedName = OrganisationNames.Normalize(Name);
        organisation.Domain = PersonInput.Clean(Domain)?.ToLowerInvariant();
        organisation.Website = PersonInput.Clean(Website);
        organisation.Phone = PersonInput.Clean(Phone);
        organisation.Address = PersonInput.Clean(Address);
        organisation.City = PersonInput.Clean(City);
        organisation.Postcode = PersonInput.Clean(Postcode);
        organisation.Country = PersonInput.Clean(Country)?.ToUpperInvariant();
        organisation.Type = PersonInput.Clean(Type);
        organisation.PipelineStage = PersonInput.Clean(PipelineStage);
    }
}

internal sealed record OrganisationPerson(Guid LinkId, Guid PersonId, string? FirstName, string? LastName, string? Role, string? JobTitle, bool IsPrimary);

/// <summary>An organisation; <see cref="People"/> is filled on GET by id, null in lists.</summary>
internal sealed record OrganisationResponse(
    Guid Id,
    string Name,
    string? Domain,
    string? Website,
    string? Phone,
    string? Address,
    string? City,
    string? Postcode,
    string? Country,
    string? Type,
    string? PipelineStage,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<OrganisationPerson>? People = null)
{
    public static readonly Projection<Organisation, OrganisationResponse> Map = new(o => new OrganisationResponse(
        o.Id, o.Name, o.Domain, o.Website, o.Phone, o.Address, o.City, o.Postcode, o.Country, o.Type, o.PipelineStage, o.CreatedAt, o.UpdatedAt, null));
}

/// <summary>Links a person to the organisation.</summary>
public sealed record LinkInput(
    [Required] Guid? PersonId,
    [StringLength(100)] string? Role = null,
    [StringLength(200)] string? JobTitle = null,
    bool IsPrimary = false);

/// <summary>Changes a person's link to the organisation.</summary>
public sealed record LinkUpdate(
    [StringLength(100)] string? Role = null,
    [StringLength(200)] string? JobTitle = null,
    bool IsPrimary = false);

internal sealed record LinkResponse(Guid Id, Guid PersonId, Guid OrganisationId, string? Role, string? JobTitle, bool IsPrimary)
{
    public static LinkResponse From(PersonOrganisationLink link) =>
        new(link.Id, link.PersonId, link.OrganisationId, link.Role, link.JobTitle, link.IsPrimary);
}
