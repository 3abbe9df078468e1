using System.Text.RegularExpressions;
using Relais.Engine.Signatures;

namespace Relais.Engine.Contacts;

/// <summary>A postal address found in a signature, joined on one line, and the country it implies.</summary>
internal sealed record AddressMatch(string Value, double Confidence, string? Region, int FirstLine, int LastLine);

/// <summary>
/// Finds the postal address: anchored on a street line (number + street type), a postcode line
/// (French 5-digit code + town, CEDEX, BP/CS; US state + ZIP; UK postcode), then extended over the
/// neighbouring address lines (suite, floor, town, country).
/// </summary>
internal static partial class AddressField
{
    public static AddressMatch? Find(IReadOnlyList<SignatureCell> cells)
    {
        var anchor = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            if (IsAddressPart(cells[i], strict: true))
            {
                anchor = i;
                break;
            }
        }

        if (anchor < 0)
        {
            return null;
        }

        var first = anchor;
        if (first > 0 && StartsWithNumber(cells[first - 1].Text) && IsPlain(cells[first - 1])
            && (cells[first].Has(LineFlags.ZipCode) || UkPostcode().IsMatch(cells[first].Text)))
        {
            first--;
        }

        // "Immeuble Le Trident", "Le Pavillon", "ZA des Tilleuls": the building or estate line French addresses carry above the street.
        if (first > 0 && Building().IsMatch(cells[first - 1].Text) && IsPlain(cells[first - 1]) && cells[first - 1].Info.Words <= 4
            && cells[first].Has(LineFlags.Street | LineFlags.PostBox | LineFlags.ZipCode))
        {
            first--;
        }

        var last = anchor;
        // Once a street and its postcode are in, a new street starts a second address ("Bureau de Paris | Bureau de Lyon"):
        // the first one is kept. A post-office box may still be followed by the street for couriers.
        while (last + 1 < cells.Count && last - first < 5 && (IsAddressPart(cells[last + 1], strict: false) || IsTownBeforeCode(cells, last + 1))
            && !(HasStreetAndCode(cells, first, last) && cells[last + 1].Has(LineFlags.Street | LineFlags.ZipCode)))
        {
            last++;
        }

        var parts = cells.Skip(first).Take(last - first + 1).Select(c => Clean(c.Text)).Where(t => t.Length > 0).ToList();
        var street = cells.Skip(first).Take(last - first + 1).Any(c => c.Has(LineFlags.Street | LineFlags.PostBox) || Building().IsMatch(c.Text));
        var code = cells.Skip(first).Take(last - first + 1).Any(c => c.Has(LineFlags.ZipCode) || UkPostcode().IsMatch(c.Text) || FourDigitCode().IsMatch(c.Text));
        var confidence = street && code ? 0.93 : code ? 0.75 : 0.6;
        return new AddressMatch(string.Join(", ", parts), confidence, Region(parts), cells[first].Line, cells[last].Line);
    }

    private static bool IsAddressPart(SignatureCell cell, bool strict)
    {
        // "3 rue de la Paix, 75002 Paris" reads like a sentence to the word counts; street and postcode decide.
        if (cell.Has(LineFlags.Email | LineFlags.Url | LineFlags.PhoneLabel | LineFlags.FaxLabel | LineFlags.MobileLabel
            | LineFlags.ClosingExact | LineFlags.Separator) || (cell.Has(LineFlags.Sentence) && !cell.Has(LineFlags.Street | LineFlags.ZipCode)))
        {
            return false;
        }

        if (cell.Has(LineFlags.Street | LineFlags.ZipCode | LineFlags.PostBox) || UkPostcode().IsMatch(cell.Text))
        {
            return !cell.Has(LineFlags.Phone) || cell.Has(LineFlags.ZipCode);
        }

        return !strict && (cell.Has(LineFlags.Country) && cell.Info.Words <= 3 || Unit().IsMatch(cell.Text) || FourDigitCode().IsMatch(cell.Text));
    }

    /// <summary>"London" above "EC2M 4YF", "Houston" above "TX 77002": a short town line right before a postcode line.</summary>
    private static bool IsTownBeforeCode(IReadOnlyList<SignatureCell> cells, int i) =>
        i + 1 < cells.Count && IsPlain(cells[i]) && cells[i].Info.Words <= 3 && IsAddressPart(cells[i + 1], strict: true)
        && (cells[i + 1].Has(LineFlags.ZipCode) || UkPostcode().IsMatch(cells[i + 1].Text));

    private static bool IsPlain(SignatureCell cell) =>
        !cell.Has(LineFlags.Phone | LineFlags.Email | LineFlags.Url | LineFlags.TitleWord | LineFlags.CompanyWord | LineFlags.Sentence | LineFlags.ClosingExact);

    private static bool HasStreetAndCode(IReadOnlyList<SignatureCell> cells, int first, int last)
    {
        bool street = false, code = false;
        for (var i = first; i <= last; i++)
        {
            street |= cells[i].Has(LineFlags.Street);
            code |= cells[i].Has(LineFlags.ZipCode) || UkPostcode().IsMatch(cells[i].Text);
        }

        return street && code;
    }

    private static bool StartsWithNumber(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]);

    private static string? Region(List<string> parts)
    {
        var joined = string.Join(' ', parts);
        foreach (var word in joined.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (RegionChain.CountryRegion(word) is { } region && word.Length > 2)
            {
                return region;
            }
        }

        if (UsCode().IsMatch(joined))
        {
            return "US";
        }

        if (FrenchCode().IsMatch(joined))
        {
            return "FR";
        }

        return UkPostcode().IsMatch(joined) ? "GB" : null;
    }

    private static string Clean(string text) => Label().Replace(text, "").Trim(' ', ',', ';');

    [GeneratedRegex(@"\b(?:[A-Z]{1,2}\d[A-Z\d]?)\s+\d[A-Z]{2}\b")]
    private static partial Regex UkPostcode();

    [GeneratedRegex(@"^(?:Suite|Ste\.?|Floor|Room|Bureau|B[aâ]t(?:iment)?\.?|Building|Tour|Tower|Étage|Etage|Apt\.?|Unit)\b|\b(?:Floor|[ée]tage)$", RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    [GeneratedRegex(@"^(?:Immeuble|R[ée]sidence|Tour|B[aâ]timent|B[aâ]t\.|Building|Z\.?A\.?C?|Z\.?I\.?|Zone|Parc|Espace|Ch[aâ]teau|Mas|Moulin|Ferme|Lieu-dit|(?:(?:Le|La|Les|L')\s*)?(?:Pavillon|Villa|Domaine|Carré|Clos))\b")]
    private static partial Regex Building();

    // "1204 Genève", "L-1855 Luxembourg", "B-1050 Bruxelles": a four-digit code and the town, under a street.
    [GeneratedRegex(@"^(?:[A-Z]{1,2}-)?\d{4}\s+\p{Lu}[\p{L}'’ -]*$")]
    private static partial Regex FourDigitCode();

    [GeneratedRegex(@"(?:^|[\s,-])(?:F-)?\d{5}\s+\p{Lu}|\b(?i:cedex)\b|\b(?:BP|CS)\s*\d")]
    private static partial Regex FrenchCode();

    [GeneratedRegex(@"\b(?!BP|CS)[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?\b|\b(?:Texas|California|New York|Illinois|Mass|Massachusetts|Oregon|Washington)\s+\d{5}")]
    private static partial Regex UsCode();

    // "Adresse :", "Bureau de Lyon : 14, rue …": a label before the address, words and a colon, then a number.
    [GeneratedRegex(@"^(?:Address|Adresse(?: postale)?|Postal address|Mailing address|Addr\.?)\s*:\s*|^[\p{L}'’ .-]{2,40}:\s*(?=\d|(?:BP|CS)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
