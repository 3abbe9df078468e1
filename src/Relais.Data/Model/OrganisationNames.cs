using System.Globalization;
using System.Text;

namespace Relais.Data.Model;

/// <summary>
/// The matching key of an organisation name: lower-case, accent-free, punctuation folded to single
/// spaces, legal forms dropped, so "ACME S.A.S." and "Acme" meet.
/// </summary>
public static class OrganisationNames
{
    private static readonly HashSet<string> LegalForms =
    [
        "sa", "sas", "sasu", "sarl", "eurl", "sca", "sci", "snc", "scs", "se", "gie",
        "ltd", "limited", "llc", "llp", "plc", "inc", "corp", "corporation", "gmbh", "ag", "bv", "nv", "spa", "srl",
    ];

    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !LegalForms.Contains(w)).ToArray();
        return string.Join(' ', kept.Length > 0 ? kept : words);
    }
}
