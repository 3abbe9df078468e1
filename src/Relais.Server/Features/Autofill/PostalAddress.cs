using System.Text.RegularExpressions;

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

        var american = AmericanTail().Match(text);
        if (american.Success)
        {
            return new PostalAddress(Clean(text[..american.Index]), american.Groups["code"].Value, Clean(american.Groups["city"].Value + ", " + american.Groups["state"].Value));
        }

        return new PostalAddress(Clean(text), null, null);
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

    // "…, Houston, TX 77002" or "… Houston TX 77002-1234".
    [GeneratedRegex(@"(?:^|[,\s])(?<city>[\p{L}][\p{L}\s.'\-]*?),?\s+(?<state>[A-Z]{2})\s+(?<code>\d{5}(?:-\d{4})?)$")]
    private static partial Regex AmericanTail();
}
