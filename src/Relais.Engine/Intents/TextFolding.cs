using System.Globalization;
using System.Text;

namespace Relais.Engine.Intents;

/// <summary>
/// Case and accent folding for the classifiers' features: "Réclamation" and "reclamation" hash the same,
/// digits collapse to '0' so amounts and dates generalise. A lookup table keeps it allocation-free.
/// </summary>
internal static class TextFolding
{
    private const int TableSize = 0x250;
    private static readonly char[] Table = BuildTable();

    /// <summary>Folds one character; returns '\0' for characters that separate tokens.</summary>
    public static char Fold(char c)
    {
        if (c < TableSize)
        {
            return Table[c];
        }

        if (c is '\u2019' or '\u2018' or '\u02BC')
        {
            return '\0';
        }

        return char.IsLetter(c) ? char.ToLowerInvariant(c) : '\0';
    }

    /// <summary>Ligatures fold to two letters ("vœux" → "voeux"); returns the second letter or '\0'.</summary>
    public static char Second(char c) => c switch
    {
        'œ' or 'Œ' => 'e',
        'æ' or 'Æ' => 'e',
        'ß' => 's',
        _ => '\0',
    };

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (char.IsDigit(c))
            {
                table[i] = '0';
                continue;
            }

            if (!char.IsLetter(c))
            {
                table[i] = '\0';
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.FirstOrDefault(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark);
            table[i] = c switch
            {
                'œ' or 'Œ' => 'o',
                'æ' or 'Æ' => 'a',
                'ß' => 's',
                'ø' or 'Ø' => 'o',
                'đ' or 'Đ' => 'd',
                'ł' or 'Ł' => 'l',
                _ => baseChar == '\0' ? lower : baseChar,
            };
        }

        return table;
    }
}
