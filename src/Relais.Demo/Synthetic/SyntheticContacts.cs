using System.Globalization;

namespace Relais.Demo.Synthetic;

/// <summary>Invents the contact lines of a signature: phones with their labels, addresses, email, web site, LinkedIn.</summary>
internal static class SyntheticContacts
{
    private static readonly string[] FrenchPhoneLabels = ["Tél. : ", "Tél : ", "Tel : ", "T : ", "T. ", "Ligne directe : ", "Standard : ", "Tél. ", ""];
    private static readonly string[] FrenchMobileLabels = ["Port. : ", "Portable : ", "Mobile : ", "M : ", "Mob. ", "M. ", "GSM : "];
    private static readonly string[] FrenchFaxLabels = ["Fax : ", "Télécopie : ", "F : ", "Fax. "];
    private static readonly string[] EnglishPhoneLabels = ["Phone: ", "Tel: ", "Ph: ", "Office: ", "Direct: ", "Phone - ", "Telephone:  ", "p:", "T ", "", "", ""];
    private static readonly string[] EnglishMobileLabels = ["Cell: ", "Mobile: ", "Cell ", "Mob: ", "m: ", "Cellular: "];
    private static readonly string[] EnglishFaxLabels = ["Fax: ", "Fax - ", "Facsimile: ", "f:", "Fx:", "Fax "];
    private static readonly string[] Suffixes = [" (phone)", " (office)", " work", " Office", " direct"];
    private static readonly string[] MobileSuffixes = [" (cell)", " cell", " (mobile)", " Wireless", " mobile"];
    private static readonly string[] FaxSuffixes = [" (fax)", " fax", " Fax", " (Fax)"];

    public static string Phone(Random r, bool french, bool mobile, bool international)
    {
        int D() => r.Next(10, 99);
        if (french)
        {
            var lead = mobile ? (r.Next(2) == 0 ? "6" : "7") : r.Next(1, 6).ToString(CultureInfo.InvariantCulture);
            return r.Next(6) switch
            {
                0 => $"+33 {lead} {D()} {D()} {D()} {D()}",
                1 => $"+33 (0){lead} {D()} {D()} {D()} {D()}",
                2 => $"0{lead}.{D()}.{D()}.{D()}.{D()}",
                3 when international => $"+33 {lead} {D()} {D()} {D()} {D()}",
                _ => $"0{lead} {D()} {D()} {D()} {D()}",
            };
        }

        var area = r.Next(201, 989);
        var a = r.Next(200, 999);
        var b = r.Next(1000, 9999);
        return r.Next(international ? 3 : 9) switch
        {
            0 => $"+1 {area} {a} {b}",
            1 => $"+44 (0)20 {r.Next(7000, 7999)} {b}",
            2 => $"+1 ({area}) {a}-{b}",
            3 or 4 => $"({area}) {a}-{b}",
            5 => $"{area}.{a}.{b}",
            6 => $"{area} {a} {b}",
            _ => $"{area}-{a}-{b}",
        };
    }

    /// <summary>A labelled phone line: "Tél. : 01 44 55 66 77", "(713) 853-4737 (phone)", "713.446.9307 cell".</summary>
    public static string Labelled(Random r, bool french, int kind)
    {
        var number = Phone(r, french, kind == 1, r.NextDouble() < 0.15);
        var (labels, suffixes) = kind switch
        {
            1 => (french ? FrenchMobileLabels : EnglishMobileLabels, MobileSuffixes),
            2 => (french ? FrenchFaxLabels : EnglishFaxLabels, FaxSuffixes),
            _ => (french ? FrenchPhoneLabels : EnglishPhoneLabels, Suffixes),
        };
        return !french && r.NextDouble() < 0.25 ? number + SyntheticPeople.Pick(r, suffixes) : SyntheticPeople.Pick(r, labels) + number;
    }

    public static IEnumerable<string> Address(Random r, bool french)
    {
        var street = SyntheticPeople.Pick(r, french ? SyntheticVocabulary.FrenchStreets : SyntheticVocabulary.EnglishStreets);
        var town = SyntheticPeople.Pick(r, french ? SyntheticVocabulary.FrenchTowns : SyntheticVocabulary.EnglishTowns);
        var country = r.NextDouble() < 0.15 ? (french ? "France" : "USA") : null;
        if (r.NextDouble() < 0.35)
        {
            return [street + ", " + town + (country is null ? "" : ", " + country)];
        }

        return country is null ? [street, town] : [street, town, country];
    }

    public static string Email(Random r, Person p)
    {
        var local = SyntheticPeople.Ascii(p.First).ToLowerInvariant() + "." + SyntheticPeople.Ascii(p.Last).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var address = local + "@" + p.Domain;
        return r.Next(5) switch
        {
            0 => "E-mail: " + address,
            1 => (p.French ? "Email : " : "Email: ") + address,
            2 => "e: " + address,
            _ => address,
        };
    }

    public static string Website(Random r, Person p)
    {
        var host = p.Domain.Contains("gmail", StringComparison.Ordinal) || p.Domain.Contains("yahoo", StringComparison.Ordinal) ? "example-firm.com" : p.Domain;
        return r.Next(4) switch
        {
            0 => "http://www." + host,
            1 => "https://www." + host,
            _ => "www." + host,
        };
    }

    public static string Linkedin(Random r, Person p)
    {
        var slug = (SyntheticPeople.Ascii(p.First) + "-" + SyntheticPeople.Ascii(p.Last).Replace(" ", "-", StringComparison.Ordinal)).ToLowerInvariant();
        return r.Next(3) switch
        {
            0 => "linkedin.com/in/" + slug,
            1 => "LinkedIn : https://www.linkedin.com/in/" + slug,
            _ => "https://www.linkedin.com/in/" + slug + "-" + r.Next(100, 999).ToString(CultureInfo.InvariantCulture),
        };
    }
}
