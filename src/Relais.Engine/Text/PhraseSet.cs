using System.Buffers;
using System.Text.RegularExpressions;

namespace Relais.Engine.Text;

/// <summary>
/// A family of wordings to find in text, in one vectorised pass whatever its length. Literal phrases are searched all
/// at once, case-insensitively; a phrase with accents is searched by its longest ASCII run and then checked whole (a
/// non-ASCII phrase would push the whole set onto a slow path); a wording with gaps is a regex run on the line where
/// its anchor phrase was found. One large regex alternation would instead try every alternative at every position.
/// </summary>
internal sealed class PhraseSet
{
    private readonly SearchValues<string> _starts;
    private readonly Entry[] _entries;

    public PhraseSet(string[] phrases, params (string Anchor, Regex Pattern)[] gapped)
    {
        var entries = new List<Entry>();
        foreach (var phrase in phrases)
        {
            var (offset, length) = System.Text.Ascii.IsValid(phrase) ? (0, phrase.Length) : LongestAsciiRun(phrase);
            entries.Add(new Entry(phrase.Substring(offset, length), offset, phrase, null));
        }

        entries.AddRange(gapped.Select(g => new Entry(g.Anchor, 0, g.Anchor, g.Pattern)));
        _entries = [.. entries];
        _starts = SearchValues.Create([.. _entries.Select(e => e.Start).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether any wording occurs in <paramref name="text"/> (a line or several; wordings never span lines).</summary>
    public bool Matches(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var hit = text[from..].IndexOfAny(_starts);
            if (hit < 0)
            {
                return false;
            }

            if (MatchesAt(text, from + hit))
            {
                return true;
            }

            from += hit + 1;
        }

        return false;
    }

    public bool Matches(string line) => Matches(line.AsSpan());

    private bool MatchesAt(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        foreach (var entry in _entries)
        {
            if (!rest.StartsWith(entry.Start, StringComparison.OrdinalIgnoreCase) || at < entry.Offset)
            {
                continue;
            }

            if (entry.Pattern is not null)
            {
                if (entry.Pattern.IsMatch(LineAround(text, at)))
                {
                    return true;
                }
            }
            else if (entry.Offset == 0 && entry.Start.Length == entry.Phrase.Length
                || text[(at - entry.Offset)..].StartsWith(entry.Phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> LineAround(ReadOnlySpan<char> text, int at)
    {
        var start = text[..at].LastIndexOf('\n') + 1;
        var end = text[at..].IndexOf('\n');
        return end < 0 ? text[start..] : text[start..(at + end)];
    }

    private static (int Offset, int Length) LongestAsciiRun(string s)
    {
        int best = 0, bestLength = 0, start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i == s.Length || s[i] > 127)
            {
                if (i - start > bestLength)
                {
                    best = start;
                    bestLength = i - start;
                }

                start = i + 1;
            }
        }

        return (best, bestLength);
    }

    /// <param name="Start">What the vectorised search looks for (the phrase, its ASCII run, or a regex's anchor).</param>
    /// <param name="Offset">Where <paramref name="Start"/> sits inside the phrase.</param>
    /// <param name="Phrase">The whole phrase to confirm.</param>
    /// <param name="Pattern">For a wording with gaps: the regex to run on the line.</param>
    private sealed record Entry(string Start, int Offset, string Phrase, Regex? Pattern);
}
