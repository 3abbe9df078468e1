using Relais.Data.Model;

namespace Relais.Server.Features.Autofill;

/// <summary>One column write: what a field's value changes, for provenance and undo.</summary>
internal sealed record ColumnChange(string Column, string? Previous, string? Value);

/// <summary>
/// The CRM fields autofill may write, by their suggestion code, and how each maps to columns. An
/// organisation's address is one field over four columns, written whole or not at all.
/// </summary>
internal static class CrmFields
{
    public static readonly string[] PersonFields = ["first_name", "last_name", "job_title", "email", "phone", "mobile", "linkedin"];
    public static readonly string[] OrganisationFields = ["website", "address"];

    /// <summary>The person's link to an organisation; its value is the organisation's name.</summary>
    public const string Company = "company";

    public static string? Get(Person person, string field) => field switch
    {
        "first_name" => person.FirstName,
        "last_name" => person.LastName,
        "job_title" => person.JobTitle,
        "email" => person.Email,
        "phone" => person.Phone,
        "mobile" => person.Mobile,
        "linkedin" => person.Linkedin,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a person field."),
    };

    public static string? Get(Organisation organisation, string field) => field switch
    {
        "website" => organisation.Website,
        "address" => PostalAddress.Join(organisation.Address, organisation.Postcode, organisation.City),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an organisation field."),
    };

    public static int MaxLength(string field) => field switch
    {
        "first_name" or "last_name" => 100,
        "job_title" or "company" => 200,
        "email" => 320,
        "phone" or "mobile" => 32,
        "linkedin" or "website" => 300,
        _ => 500,
    };

    public static ColumnChange[] Set(Person person, string field, string? value)
    {
        var previous = Get(person, field);
        switch (field)
        {
            case "first_name": person.FirstName = value; break;
            case "last_name": person.LastName = value; break;
            case "job_title": person.JobTitle = value; break;
            case "email": person.Email = value?.ToLowerInvariant(); break;
            case "phone": person.Phone = value; break;
            case "mobile": person.Mobile = value; break;
            case "linkedin": person.Linkedin = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "Not a person field.");
        }

        return [new ColumnChange(field, previous, Get(person, field))];
    }

    public static ColumnChange[] Set(Organisation organisation, string field, string? value)
    {
        if (field == "website")
        {
            var previous = organisation.Website;
            organisation.Website = value;
            return [new ColumnChange("website", previous, value)];
        }

        if (field != "address")
        {
            throw new ArgumentOutOfRangeException(nameof(field), field, "Not an organisation field.");
        }

        var parsed = value is null ? new PostalAddress(null, null, null) : PostalAddress.Parse(value);
        ColumnChange[] changes =
        [
            new("address", organisation.Address, parsed.Street),
            new("postcode", organisation.Postcode, parsed.Postcode),
            new("city", organisation.City, parsed.City),
        ];
        organisation.Address = parsed.Street;
        organisation.Postcode = parsed.Postcode;
        organisation.City = parsed.City;
        return changes;
    }

    /// <summary>Two values of a field say the same thing (case, spacing, a URL's trailing slash).</summary>
    public static bool Same(string field, string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        static string Fold(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('/');

        return field switch
        {
            "phone" or "mobile" => Digits(a) == Digits(b),
            "address" => PostalAddress.Same(a, b),
            _ => string.Equals(Fold(a), Fold(b), StringComparison.OrdinalIgnoreCase),
        };
    }

    private static string Digits(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length > 9 ? digits[^9..] : digits;
    }
}
