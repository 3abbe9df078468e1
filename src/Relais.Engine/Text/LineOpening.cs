using System.Collections.Frozen;

namespace Relais.Engine.Text;

/// <summary>
/// The words a line opens with, for wordings anchored at the start of a line: a line whose first words are none of
/// them cannot match, and is ruled out before any regex or whole-line search. Words are runs of letters and digits;
/// whatever precedes them (bullets, stars, quotes) is skipped. A word with a non-ASCII letter is never ruled out:
/// regex case-insensitivity knows equivalences (ſ, K) that an ordinal comparison does not.
/// </summary>
internal sealed class LineOpening(IEnumerable<string> words, int wordsLookedAt)
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words =
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool MayOpen(ReadOnlySpan<char> line)
    {
        var i = 0;
        for (var n = 0; n < wordsLookedAt; n++)
        {
            while (i < line.Length && !PhraseSet.IsWordChar(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && PhraseSet.IsWordChar(line[i]))
            {
                i++;
            }

            var word = line[start..i];
            if (word.IsEmpty)
            {
                return false;
            }

            if (_words.Contains(word) || word.ContainsAnyExceptInRange('\0', '\u007F'))
            {
                return true;
            }
        }

        return false;
    }
}
