using System.Collections.Frozen;
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

    // The build runs with invariant globalization (no ICU), where string.Normalize does not
    // decompose accents, so the Latin letters French and its neighbours use are folded by table.
    private static readonly FrozenDictionary<char, string> Folded = new Dictionary<char, string>
    {
        ['à'] = "a", ['á'] = "a", ['â'] = "a", ['ã'] = "a", ['ä'] = "a", ['å'] = "a", ['æ'] = "ae",
        ['ç'] = "c", ['è'] = "e", ['é'] = "e", ['ê'] = "e", ['ë'] = "e", ['ì'] = "i", ['í'] = "i",
        ['î'] = "i", ['ï'] = "i", ['ñ'] = "n", ['ò'] = "o", ['ó'] = "o", ['ô'] = "o", ['õ'] = "o",
        ['ö'] = "o", ['ø'] = "o", ['œ'] = "oe", ['ù'] = "u", ['ú'] = "u", ['û'] = "u", ['ü'] = "u",
        ['ý'] = "y", ['ÿ'] = "y", ['ß'] = "ss",
    }.ToFrozenDictionary();

    /// <summary>Lower-case letters and digits of <paramref name="text"/>, accents folded, everything else dropped.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (Folded.TryGetValue(lower, out var plain))
            {
                builder.Append(plain);
            }
            else if (char.IsLetterOrDigit(lower))
            {
                builder.Append(lower);
            }
        }

        return builder.ToString();
    }

    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower == '.')
            {
                continue;
            }

            if (Folded.TryGetValue(lower, out var plain))
            {
                builder.Append(plain);
            }
            else
            {
                builder.Append(char.IsLetterOrDigit(lower) ? lower : ' ');
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !LegalForms.Contains(w)).ToArray();
        return string.Join(' ', kept.Length > 0 ? kept : words);
    }
}
