using System.Text;
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
    [ThreadStatic]
    private static StringBuilder? t_builder;

    public static List<(DuplicateReason Reason, string Key)> Person(PersonFacts person, PersonChecks checks)
    {
        var keys = new List<(DuplicateReason, string)>(4);
        if (checks.Email.Normalized is { } email)
        {
            keys.Add((DuplicateReason.SameEmail, email));
        }

        if (checks.Phone.Normalized is { } phone)
        {
            keys.Add((DuplicateReason.SamePhone, phone));
        }

        if (checks.Mobile.Normalized is { } mobile && mobile != checks.Phone.Normalized)
        {
            keys.Add((DuplicateReason.SamePhone, mobile));
        }

        if (person.OrganisationIds.Count > 0 && PersonName(person.FirstName, person.LastName) is { } name)
        {
            foreach (var organisation in person.OrganisationIds)
            {
                keys.Add((DuplicateReason.SameNameAndOrganisation, string.Concat(name, "|", organisation.ToString("N"))));
            }
        }

        return keys;
    }

    public static List<(DuplicateReason Reason, string Key)> Organisation(OrganisationFacts organisation, OrganisationChecks checks)
    {
        var keys = new List<(DuplicateReason, string)>(2);
        if (!string.IsNullOrWhiteSpace(organisation.NormalizedName))
        {
            keys.Add((DuplicateReason.SameName, organisation.NormalizedName));
        }

        if (checks.Domain.Normalized is { Length: > 0 } domain)
        {
            keys.Add((DuplicateReason.SameDomain, domain));
        }

        return keys;
    }

    /// <summary>"Élodie  DUPONT-Martin" → "elodie dupont martin": accents and case folded, any run of other characters one space.</summary>
    public static string? PersonName(string? firstName, string? lastName)
    {
        var builder = t_builder ??= new StringBuilder(64);
        builder.Clear();
        Append(builder, firstName);
        Append(builder, lastName);
        return builder.Length > 0 ? builder.ToString() : null;
    }

    private static void Append(StringBuilder builder, string? text)
    {
        var gap = builder.Length > 0;
        foreach (var c in text ?? string.Empty)
        {
            if (!char.IsLetterOrDigit(c))
            {
                gap = builder.Length > 0;
                continue;
            }

            if (gap)
            {
                builder.Append(' ');
                gap = false;
            }

            if (c < 128)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(OrganisationNames.Fold(c.ToString()));
            }
        }
    }
}
