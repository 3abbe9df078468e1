using System.Globalization;
using System.Text;

namespace Relais.Server.Features.Routing;

/// <summary>Keyword matching that ignores accents, case and punctuation: "Devis" finds "devis ?", "réclamation" finds "RECLAMATION".</summary>
internal static class RoutingText
{
    /// <summary>Lower-case words without accents, separated by single spaces, with a space at each end.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return " ";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length + 2).Append(' ');
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c switch { 'ß' => "ss", 'œ' or 'Œ' => "oe", 'æ' or 'Æ' => "ae", _ => char.ToLowerInvariant(c).ToString() });
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The keyword (or phrase) starts a word of the folded text: "urgent" matches "urgente" and "URGENT !",
    /// not "insurgent".
    /// </summary>
    public static bool Contains(string foldedText, string keyword)
    {
        var folded = Fold(keyword).TrimEnd();
        return folded.Length > 1 && foldedText.Contains(folded, StringComparison.Ordinal);
    }
}
