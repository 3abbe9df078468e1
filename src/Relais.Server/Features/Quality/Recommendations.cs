using Relais.Data.Model;

namespace Relais.Server.Features.Quality;

/// <summary>What to do about a record: the code is what the UI translates; the message is a plain fallback.</summary>
internal sealed record Recommendation(string Code, string Message, string? Field = null, Guid? RelatedId = null);

/// <summary>A record that looks like the same one, and why.</summary>
internal sealed record DuplicateCandidate(Guid Id, string Label, IReadOnlyList<DuplicateReason> Reasons);

internal static class Recommendations
{
    public static List<Recommendation> ForPerson(PersonFacts person, PersonChecks checks, IReadOnlyList<DuplicateCandidate> duplicates)
    {
        var list = new List<Recommendation>();
        Missing(list, person.FirstName, "first_name", "Add a first name.");
        Missing(list, person.LastName, "last_name", "Add a last name.");
        Email(list, checks.Email);
        if (!checks.Phone.IsPresent && !checks.Mobile.IsPresent)
        {
            list.Add(new("add_phone", "Add a phone or mobile number.", "phone"));
        }

        Phone(list, checks.Phone, "phone");
        Phone(list, checks.Mobile, "mobile");
        Missing(list, person.HasJobTitle, "job_title", "Add a job title.");
        if (person.OrganisationIds.Count == 0)
        {
            list.Add(new("link_organisation", "Link the person to an organisation.", "organisation"));
        }

        Link(list, checks.Linkedin, "linkedin", "Add a LinkedIn profile.", "The LinkedIn field is not a linkedin.com link.");
        Missing(list, person.HasCountry, "country", "Add a country.");
        Duplicates(list, duplicates, "person");
        return list;
    }

    public static List<Recommendation> ForOrganisation(OrganisationFacts organisation, OrganisationChecks checks, IReadOnlyList<DuplicateCandidate> duplicates)
    {
        var list = new List<Recommendation>();
        Missing(list, organisation.Name, "name", "Add a name.");
        if (!checks.Domain.IsPresent)
        {
            list.Add(new("add_domain", "Add the organisation's email domain.", "domain"));
        }
        else if (!checks.Domain.IsValid)
        {
            list.Add(new("invalid_domain", "The domain is not a usable internet domain.", "domain"));
        }

        Link(list, checks.Website, "website", "Add a website.", "The website is not a valid http(s) link.");
        if (!checks.Phone.IsPresent)
        {
            list.Add(new("add_phone", "Add a phone number.", "phone"));
        }

        Phone(list, checks.Phone, "phone");
        Missing(list, organisation.HasAddress, "address", "Add a postal address.");
        Missing(list, organisation.HasCity, "city", "Add a city.");
        Missing(list, organisation.HasPostcode, "postcode", "Add a postcode.");
        Missing(list, organisation.HasCountry, "country", "Add a country.");
        Missing(list, organisation.HasType, "type", "Add the organisation type.");
        if (organisation.PeopleCount == 0)
        {
            list.Add(new("link_people", "Link at least one person to the organisation.", "people"));
        }

        Duplicates(list, duplicates, "organisation");
        return list;
    }

    private static void Missing(List<Recommendation> list, string? value, string field, string message) =>
        Missing(list, !string.IsNullOrWhiteSpace(value), field, message);

    private static void Missing(List<Recommendation> list, bool filled, string field, string message)
    {
        if (!filled)
        {
            list.Add(new("add_" + field, message, field));
        }
    }

    private static void Email(List<Recommendation> list, FieldCheck email)
    {
        var recommendation = email.Status switch
        {
            ValidityStatus.Missing => new Recommendation("add_email", "Add an email address.", "email"),
            ValidityStatus.InvalidSyntax => new Recommendation("invalid_email", "The email address is not well formed.", "email"),
            ValidityStatus.InvalidDomain => new Recommendation("invalid_email_domain", "The email domain cannot receive mail (reserved or misspelt).", "email"),
            _ => null,
        };
        if (recommendation is not null)
        {
            list.Add(recommendation);
        }
    }

    private static void Phone(List<Recommendation> list, FieldCheck phone, string field)
    {
        if (phone.IsPresent && !phone.IsValid)
        {
            list.Add(new("invalid_" + field, $"The {field} number is not a valid number for the team's region or its country code.", field));
        }
    }

    private static void Link(List<Recommendation> list, FieldCheck link, string field, string missing, string invalid)
    {
        if (!link.IsPresent)
        {
            list.Add(new("add_" + field, missing, field));
        }
        else if (!link.IsValid)
        {
            list.Add(new("invalid_" + field, invalid, field));
        }
    }

    private static void Duplicates(List<Recommendation> list, IReadOnlyList<DuplicateCandidate> duplicates, string kind)
    {
        foreach (var duplicate in duplicates)
        {
            var reasons = string.Join(", ", duplicate.Reasons.Select(r => EnumCodes.CodeOf(r)));
            list.Add(new("possible_duplicate", $"Possible duplicate of {kind} {duplicate.Id} ({reasons}).", null, duplicate.Id));
        }
    }
}
