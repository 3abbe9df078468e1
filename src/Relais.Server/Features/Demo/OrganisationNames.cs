using System.Text;

namespace Relais.Server.Features.Demo;

/// <summary>
/// Organisation.NormalizedName for the demo rows: lower-case, accent-free, legal forms removed
/// ("Harlow &amp; Finch Advisors LLC" → "harlow finch advisors"). Written out by hand because string
/// normalisation is not available under invariant globalization.
/// </summary>
internal static class OrganisationNames
{
    private static readonly HashSet<string> LegalForms =
        ["sa", "sas", "sasu", "sarl", "sca", "llp", "llc", "ltd", "limited", "inc", "plc", "gmbh", "company"];

    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.ToLowerInvariant())
        {
            sb.Append(ch switch
            {
                'à' or 'â' or 'ä' or 'á' or 'ã' => "a",
                'ç' => "c",
                'é' or 'è' or 'ê' or 'ë' => "e",
                'î' or 'ï' or 'í' => "i",
                'ô' or 'ö' or 'ó' => "o",
                'ù' or 'û' or 'ü' or 'ú' => "u",
                'ÿ' => "y",
                'œ' => "oe",
                'æ' => "ae",
                _ when char.IsLetterOrDigit(ch) => ch.ToString(),
                _ => " ",
            });
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !LegalForms.Contains(w));
        return string.Join(' ', words);
    }
}
