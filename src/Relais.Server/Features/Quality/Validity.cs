using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Relais.Server.Features.Quality;

/// <summary>What a check found about one field's value.</summary>
internal enum ValidityStatus
{
    Missing,
    Valid,

    /// <summary>Not an address, a number or a link at all.</summary>
    InvalidSyntax,

    /// <summary>A well-formed email address whose domain cannot receive mail (reserved name, known typo, no TLD).</summary>
    InvalidDomain,

    /// <summary>Digits libphonenumber does not know as a number of the region (or of the country it dials).</summary>
    InvalidForRegion,
}

/// <summary>One checked value; <paramref name="Normalized"/> is the lower-case address, the E.164 number or the absolute URL.</summary>
internal sealed record FieldCheck(ValidityStatus Status, string? Normalized)
{
    public static readonly FieldCheck Missing = new(ValidityStatus.Missing, null);

    public bool IsPresent => Status != ValidityStatus.Missing;

    public bool IsValid => Status == ValidityStatus.Valid;
}

/// <summary>
/// Offline validity checks (no DNS: the team summary scores every record of a team in one request).
/// A domain is refused when it is reserved (RFC 2606/6761), has no alphabetic TLD, or is a known
/// misspelling of a public mail provider.
/// </summary>
internal static partial class Validity
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    private static readonly FrozenSet<string> ReservedTlds = FrozenSet.Create(StringComparer.Ordinal, "test", "example", "invalid", "localhost", "local");

    private static readonly FrozenSet<string> UnusableDomains = FrozenSet.Create(
        StringComparer.Ordinal,
        "example.com", "example.net", "example.org",
        "gmial.com", "gmai.com", "gamil.com", "gnail.com", "gmail.co", "gmail.con", "gmail.fr",
        "hotmial.com", "hotmal.com", "hotmail.con", "hotmial.fr", "yahooo.com", "yaho.com", "yahoo.con", "yaho.fr",
        "outlok.com", "outlook.con", "wanado.fr", "wanadoo.com", "orage.fr", "ornage.fr", "free.com", "laposte.com");

    /// <summary>libphonenumber costs a few microseconds a number; the team summary asks about the same numbers on every call.</summary>
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, FieldCheck>> PhoneCache = new(StringComparer.Ordinal);
    private const int PhoneCacheLimit = 500_000;

    public static FieldCheck Email(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return FieldCheck.Missing;
        }

        var address = value.Trim().ToLowerInvariant();
        if (address.Length > 254 || !EmailSyntax().IsMatch(address))
        {
            return new(ValidityStatus.InvalidSyntax, address);
        }

        var domain = address[(address.LastIndexOf('@') + 1)..];
        return new(DomainIsUsable(domain) ? ValidityStatus.Valid : ValidityStatus.InvalidDomain, address);
    }

    /// <summary>A bare domain (an organisation's <c>domain</c>): syntax and usability as for email addresses.</summary>
    public static FieldCheck Domain(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return FieldCheck.Missing;
        }

        var domain = DomainKey(value);
        if (!HostSyntax().IsMatch(domain))
        {
            return new(ValidityStatus.InvalidSyntax, domain);
        }

        return new(DomainIsUsable(domain) ? ValidityStatus.Valid : ValidityStatus.InvalidDomain, domain);
    }

    /// <summary>Lower-case, without scheme, path or a leading <c>www.</c>: "https://WWW.Acme.fr/" and "acme.fr" are one domain.</summary>
    public static string DomainKey(string value)
    {
        var domain = value.Trim().ToLowerInvariant();
        var scheme = domain.IndexOf("://", StringComparison.Ordinal);
        domain = scheme >= 0 ? domain[(scheme + 3)..] : domain;
        var slash = domain.IndexOf('/', StringComparison.Ordinal);
        domain = slash >= 0 ? domain[..slash] : domain;
        return domain.StartsWith("www.", StringComparison.Ordinal) ? domain[4..] : domain;
    }

    public static FieldCheck Phone(string? value, string region)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return FieldCheck.Missing;
        }

        var cache = PhoneCache.GetOrAdd(region, _ => new ConcurrentDictionary<string, FieldCheck>(StringComparer.Ordinal));
        if (cache.TryGetValue(value, out var known))
        {
            return known;
        }

        var check = ParsePhone(value, region);
        if (cache.Count >= PhoneCacheLimit)
        {
            cache.Clear();
        }

        cache.TryAdd(value, check);
        return check;
    }

    private static FieldCheck ParsePhone(string value, string region)
    {
        try
        {
            var number = Phones.Parse(value, region);
            return Phones.IsValidNumber(number)
                ? new(ValidityStatus.Valid, Phones.Format(number, PhoneNumberFormat.E164))
                : new(ValidityStatus.InvalidForRegion, null);
        }
        catch (NumberParseException)
        {
            return new(ValidityStatus.InvalidSyntax, null);
        }
    }

    /// <summary>An absolute http(s) link to a usable host; a bare "acme.fr" or "linkedin.com/in/x" is read as https.</summary>
    public static FieldCheck Url(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return FieldCheck.Missing;
        }

        var text = value.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || text.Any(char.IsWhiteSpace) || !HostSyntax().IsMatch(uri.IdnHost) || !DomainIsUsable(uri.IdnHost))
        {
            return new(ValidityStatus.InvalidSyntax, null);
        }

        return new(ValidityStatus.Valid, uri.AbsoluteUri);
    }

    /// <summary>A LinkedIn field must be a link to linkedin.com, not any URL.</summary>
    public static FieldCheck Linkedin(string? value)
    {
        var check = Url(value);
        if (!check.IsValid)
        {
            return check;
        }

        var host = new Uri(check.Normalized!).Host;
        return host == "linkedin.com" || host.EndsWith(".linkedin.com", StringComparison.Ordinal) ? check : new(ValidityStatus.InvalidSyntax, null);
    }

    private static bool DomainIsUsable(string domain)
    {
        var tld = domain[(domain.LastIndexOf('.') + 1)..];
        return domain.Contains('.', StringComparison.Ordinal) && !ReservedTlds.Contains(tld) && !UnusableDomains.Contains(domain)
            && tld is not ("con" or "cmo" or "ocm");
    }

    // The practical subset of RFC 5322 mail actually uses: dot-atoms, no quoted local parts, no IP literals.
    [GeneratedRegex(@"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailSyntax();

    [GeneratedRegex(@"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex HostSyntax();
}
