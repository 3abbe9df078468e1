using Relais.Data.Model;

namespace Relais.Server.Features.Quality;

/// <summary>Why two records look like the same person or organisation.</summary>
internal enum DuplicateReason
{
    SameEmail,
    SamePhone,
    SameNameAndOrganisation,
    SameName,
    SameDomain,
}

/// <summary>
/// The keys two records share when they are probably one: the team summary groups every record by
/// them, the per-record report looks for the same keys among a few candidates, so both agree.
/// </summary>
internal static class DuplicateKeys
{
    public static IEnumerable<(DuplicateReason Reason, string Key)> Person(PersonFacts person, PersonChecks checks)
    {
        if (checks.Email.Normalized is { } email)
        {
            yield return (DuplicateReason.SameEmail, email);
        }

        foreach (var number in new[] { checks.Phone.Normalized, checks.Mobile.Normalized }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            yield return (DuplicateReason.SamePhone, number);
        }

        if (PersonName(person.FirstName, person.LastName) is { } name)
        {
            foreach (var organisation in person.OrganisationIds)
            {
                yield return (DuplicateReason.SameNameAndOrganisation, $"{name}|{organisation:N}");
            }
        }
    }

    public static IEnumerable<(DuplicateReason Reason, string Key)> Organisation(OrganisationFacts organisation, OrganisationChecks checks)
    {
        if (!string.IsNullOrWhiteSpace(organisation.NormalizedName))
        {
            yield return (DuplicateReason.SameName, organisation.NormalizedName);
        }

        if (checks.Domain.Normalized is { Length: > 0 } domain)
        {
            yield return (DuplicateReason.SameDomain, domain);
        }
    }

    /// <summary>"Élodie  DUPONT-Martin" → "elodie dupont martin": accents and case folded, every other character a single space.</summary>
    public static string? PersonName(string? firstName, string? lastName)
    {
        var words = $"{firstName} {lastName}".Split(NotNameChars, StringSplitOptions.RemoveEmptyEntries)
            .Select(OrganisationNames.Fold)
            .Where(w => w.Length > 0)
            .ToArray();
        return words.Length > 0 ? string.Join(' ', words) : null;
    }

    private static readonly char[] NotNameChars = [' ', '\t', '\n', '\r', '\u00a0', '-', '\'', '’', '.', ',', '_'];
}
