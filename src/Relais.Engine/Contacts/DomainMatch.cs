using System.Globalization;
using System.Text;

namespace Relais.Engine.Contacts;

/// <summary>
/// Whether a signature line names the organisation of the sender's email domain: "Hélios Gestion" for
/// helios-gestion.fr, "Institution de Prévoyance Vauban" for ip-vauban.fr (initials), "Harlow &amp; Finch
/// Advisors LLC" for harlowfinch-advisors.com (words run together), "Clairval Investissements" for
/// clairval-invest.fr (a cut word). Firms name their domain after themselves, so a line that spells the
/// domain is their name even when no company vocabulary or legal form marks it.
/// </summary>
internal static class DomainMatch
{
    /// <summary>The domain's name label split at hyphens ("helios-gestion.fr" -> helios, gestion); empty for free mail.</summary>
    public static string[] Pieces(string? address)
    {
        var organisation = DomainOrganisation.Label(address);
        return organisation is null ? [] : organisation.Split('-', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>True when one distinctive piece of the domain (not a generic word such as "banque" or "capital") is spelt by the line.</summary>
    public static bool Names(string line, string[] pieces)
    {
        if (pieces.Length == 0)
        {
            return false;
        }

        var words = Fold(line).Split((char[])[' ', ',', '&', '-', '.', '\'', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var capitals = Initials(line);
        var joined = string.Concat(words);
        foreach (var piece in pieces)
        {
            if (piece.Length < 2 || Lexicon.Is(piece, WordKind.Company | WordKind.Stop))
            {
                continue;
            }

            var spelt = words.Any(w => w == piece || (piece.Length >= 5 && w.Length > piece.Length && w.StartsWith(piece, StringComparison.Ordinal)))
                || (piece.Length >= 6 && joined.StartsWith(piece, StringComparison.Ordinal))
                || (piece.Length is >= 2 and <= 5 && capitals.Contains(piece, StringComparison.Ordinal));
            if (spelt)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>First letters of the capitalised words, lower-case: "Institution de Prévoyance Vauban" -> "ipv".</summary>
    private static string Initials(string line)
    {
        var sb = new StringBuilder();
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]))
            {
                sb.Append(Fold(word[..1]));
            }
        }

        return sb.ToString();
    }

    private static string Fold(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
