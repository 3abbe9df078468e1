using System.ComponentModel.DataAnnotations;
using Relais.Data.Model;
using Relais.Server.Api;

namespace Relais.Server.Features.People;

/// <summary>The writable fields of a person (POST creates, PUT replaces).</summary>
public sealed record PersonInput(
    [StringLength(100)] string? FirstName,
    [StringLength(100)] string? LastName,
    [EmailAddress, StringLength(320)] string? Email = null,
    [Phone, StringLength(32)] string? Phone = null,
    [Phone, StringLength(32)] string? Mobile = null,
    [StringLength(200)] string? JobTitle = null,
    [Url, StringLength(300)] string? Linkedin = null,
    [StringLength(8)] string? Language = null,
    [StringLength(2, MinimumLength = 2)] string? Country = null,
    bool ConsentEmail = false,
    bool ConsentAi = false,
    bool Unsubscribed = false,
    [StringLength(10_000)] string? Notes = null,
    Guid? OwnerId = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(LastName) && string.IsNullOrWhiteSpace(Email))
        {
            yield return new ValidationResult("A person needs a first name, a last name or an email.", [nameof(LastName)]);
        }
    }

    public void ApplyTo(Person person)
    {
        person.FirstName = Clean(FirstName);
        person.LastName = Clean(LastName);
        person.Email = Clean(Email)?.ToLowerInvariant();
        person.Phone = Clean(Phone);
        person.Mobile = Clean(Mobile);
        person.JobTitle = Clean(JobTitle);
        person.Linkedin = Clean(Linkedin);
        person.Language = Clean(Language)?.ToLowerInvariant();
        person.Country = Clean(Country)?.ToUpperInvariant();
        person.ConsentEmail = ConsentEmail;
        person.ConsentAi = ConsentAi;
        person.Unsubscribed = Unsubscribed;
        person.Notes = Clean(Notes);
        person.OwnerId = OwnerId;
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal sealed record PersonOrganisation(Guid OrganisationId, string Name, string? Role, string? JobTitle, bool IsPrimary);

/// <summary>A person; <see cref="Organisations"/> is filled on GET by id, null in lists.</summary>
internal sealed record PersonResponse(
    Guid Id,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    string? Mobile,
    string? JobTitle,
    string? Linkedin,
    string? Language,
    string? Country,
    bool ConsentEmail,
    bool ConsentAi,
    bool Unsubscribed,
    string? Notes,
    Guid? OwnerId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<PersonOrganisation>? Organisations = null)
{
    public static readonly Projection<Person, PersonResponse> Map = new(p => new PersonResponse(
        p.Id, p.FirstName, p.LastName, p.Email, p.Phone, p.Mobile, p.JobTitle, p.Linkedin, p.Language, p.Country,
        p.ConsentEmail, p.ConsentAi, p.Unsubscribed, p.Notes, p.OwnerId, p.CreatedAt, p.UpdatedAt, null));
}
