using System.Text.RegularExpressions;
using Relais.Data.Model;

namespace Relais.Server.Features.Autofill;

/// <summary>
/// An address line as the engine gives it ("10, rue Laffitte, 75009 Paris") split into street,
/// postcode and city; when the postcode cannot be told, the whole line is the street.
/// </summary>
internal sealed partial record PostalAddress(string? Street, string? Postcode, string? City)
{
    public static PostalAddress Parse(string line)
    {
        var text = line.Trim().TrimEnd(',', '.');
        var european = EuropeanTail().Match(text);
        if (european.Success)
        {
            return new PostalAddress(Clean(text[..european.Index]), european.Groups["code"].Value, Clean(european.Groups["city"].Value));
        }

        var leading = BritishLeadingTail().Match(text);
        if (leading.Success)
        {
            return new PostalAddress(Clean(text[..leading.Index]), leading.Groups["code"].Value.ToUpperInvariant(), Clean(leading.Groups["city"].Value));
        }

        var british = BritishTail().Match(text);
        if (british.Success)
        {
            return new PostalAddress(Clean(text[..british.Index]), british.Groups["code"].Value.ToUpperInvariant(), Clean(british.Groups["city"].Value));
        }

        var american = AmericanTail().Match(text);
        if (american.Success)
        {
            return new PostalAddress(Clean(text[..american.Index]), american.Groups["code"].Value, Clean(american.Groups["city"].Value + ", " + american.Groups["state"].Value));
        }

        return new PostalAddress(Clean(text), null, null);
    }

    /// <summary>
    /// Two writings of one address: the same street and postcode (a city written "Nancy" or "Nancy Cedex",
    /// "New York" or "New York, NY", is the same place); without a postcode, the same words.
    /// </summary>
    public static bool Same(string a, string b)
    {
        var x = Parse(a);
        var y = Parse(b);
        static string Fold(string? part) => OrganisationNames.Fold(part ?? string.Empty);
        return x.Postcode is not null && y.Postcode is not null
            ? Fold(x.Street) == Fold(y.Street) && Fold(x.Postcode) == Fold(y.Postcode)
            : Fold(a) == Fold(b);
    }

    public static string? Join(string? street, string? postcode, string? city)
    {
        var tail = string.Join(' ', new[] { postcode, city }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var all = string.Join(", ", new[] { street, tail }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return all.Length == 0 ? null : all;
    }

    private static string? Clean(string part)
    {
        var cleaned = part.Trim().Trim(',', '-', ' ');
        return cleaned.Length == 0 ? null : cleaned;
    }

    // "…, 75009 Paris", "… 1204 Genève", "…, F-75009 Paris Cedex 09": a 4–5 digit postcode then the city, at the end.
    [GeneratedRegex(@"(?:^|[,\s])(?:[A-Z]{1,2}-)?(?<code>\d{4,5})\s+(?<city>[\p{L}][\p{L}\s'’\-]*(?:\s+(?:CEDEX|Cedex)(?:\s+\d{1,2})?)?)$")]
    private static partial Regex EuropeanTail();

    // "…, Edinburgh EH2 4NG", "… London SW1A 1AA": a British postcode after the town.
    [GeneratedRegex(@"(?:^|[,\s])(?<city>[\p{L}][\p{L}\s.'\-]*?),?\s+(?<code>[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2})$")]
    private static partial Regex BritishTail();

    // "…, EH2 4NG Edinburgh": the same postcode before the town, as CRMs that store postcode then city write it.
    [GeneratedRegex(@"(?:^|[,\s])(?<code>[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2})\s+(?<city>[\p{L}][\p{L}\s'\-]*)$")]
    private static partial Regex BritishLeadingTail();

    // "…, Houston, TX 77002" or "… Houston TX 77002-1234".
    [GeneratedRegex(@"(?:^|[,\s])(?<city>[\p{L}][\p{L}\s.'\-]*?),?\s+(?<state>[A-Z]{2})\s+(?<code>\d{5}(?:-\d{4})?)$")]
    private static partial Regex AmericanTail();
}
