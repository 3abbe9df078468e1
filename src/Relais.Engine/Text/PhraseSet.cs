using System.Text.RegularExpressions;

namespace Relais.Engine.Text;

/// <summary>
/// Families of wordings found in text in one pass whose cost does not grow with the number of wordings: the text is
/// read word by word, each word is looked up (case-insensitively) among the phrases' key words, and a hit is confirmed
/// against the whole phrase. A wording with gaps is a regex run on the line where one of its anchor words was found.
/// (One large regex alternation tries every alternative at every position; a vectorised multi-string search slows
/// down sharply past a dozen values.)
/// </summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _byKey;
    private readonly KeyShapes _shapes;
    private readonly int _allTags;

    public PhraseSet(string[] phrases, params (string Anchor, Regex Pattern)[] gapped)
        : this([new Family(1, phrases, gapped)])
    {
    }

    /// <summary>Several families searched in one pass; <see cref="Tags"/> tells which were found.</summary>
    public PhraseSet(Family[] families)
    {
        var entries = families.SelectMany(f => f.Phrases.Select(p => Plain(p, f.Tag))
            .Concat(f.Gapped.Select(g => new Entry(g.Anchor, 0, g.Anchor, g.Pattern, f.Tag))));
        var byKey = entries.GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        _byKey = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new KeyShapes(byKey.Keys);
        _allTags = families.Aggregate(0, (all, f) => all | f.Tag);
    }

    /// <summary>Whether any wording occurs in <paramref name="text"/> (a line or several; wordings never span lines).</summary>
    public bool Matches(ReadOnlySpan<char> text) => Tags(text) != 0;

    public bool Matches(string line) => Matches(line.AsSpan());

    /// <summary>The tags of the families found in <paramref name="text"/> (stops once all are found).</summary>
    public int Tags(ReadOnlySpan<char> text)
    {
        var found = 0;
        var i = 0;
        while (i < text.Length && found != _allTags)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            if (_shapes.MayBeKey(word) && _byKey.TryGetValue(word, out var candidates))
            {
                found |= Confirmed(text, start, candidates, found);
            }
        }

        return found;
    }

    private static readonly bool[] AsciiWordChars = [.. Enumerable.Range(0, 128).Select(c => char.IsLetterOrDigit((char)c))];

    /// <summary>A letter or digit (words are runs of them), with a table for ASCII.</summary>
    public static bool IsWordChar(char c) => c < 128 ? AsciiWordChars[c] : char.IsLetterOrDigit(c);

    private static int Confirmed(ReadOnlySpan<char> text, int at, Entry[] candidates, int found)
    {
        foreach (var entry in candidates)
        {
            if (at < entry.Offset || (found & entry.Tag) != 0)
            {
                continue;
            }

            if (entry.Pattern is not null
                ? entry.Pattern.IsMatch(LineAround(text, at))
                : text[(at - entry.Offset)..].StartsWith(entry.Phrase, StringComparison.OrdinalIgnoreCase))
            {
                found |= entry.Tag;
            }
        }

        return found;
    }

    // The line of the hit, at most Reach characters either side: the gapped wordings are local, and a huge line
    // must not make every hit cost its whole length.
    private static ReadOnlySpan<char> LineAround(ReadOnlySpan<char> text, int at)
    {
        const int Reach = 400;
        var from = Math.Max(0, at - Reach);
        var to = Math.Min(text.Length, at + Reach);
        var start = from + text[from..at].LastIndexOf('\n') + 1;
        var end = text[at..to].IndexOf('\n');
        return text[start..(end < 0 ? to : at + end)];
    }

    // The key: the phrase's longest word, but not its last word when there are several (a phrase may end inside a
    // longer word of the text: "je suis absent" in "je suis absente").
    private static Entry Plain(string phrase, int tag)
    {
        var words = new List<(int Start, int Length)>();
        for (var i = 0; i < phrase.Length;)
        {
            if (!char.IsLetterOrDigit(phrase[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < phrase.Length && char.IsLetterOrDigit(phrase[i]))
            {
                i++;
            }

            words.Add((start, i - start));
        }

        if (words.Count == 0)
        {
            throw new ArgumentException("a phrase needs a word: " + phrase, nameof(phrase));
        }

        var usable = words.Count > 1 ? words.Take(words.Count - 1) : words;
        var (offset, length) = usable.MaxBy(w => w.Length);
        return new Entry(phrase.Substring(offset, length), offset, phrase, null, tag);
    }

    /// <param name="Key">The word looked up.</param>
    /// <param name="Offset">Where the key sits inside the phrase.</param>
    /// <param name="Phrase">The whole phrase to confirm.</param>
    /// <param name="Pattern">For a wording with gaps: the regex to run on the line.</param>
    /// <param name="Tag">The family's bit.</param>
    private sealed record Entry(string Key, int Offset, string Phrase, Regex? Pattern, int Tag);

    /// <summary>One family of wordings, reported by its bit. A gapped wording's anchor is a whole word of the text.</summary>
    public sealed record Family(int Tag, string[] Phrases, params (string Anchor, Regex Pattern)[] Gapped);

    /// <summary>
    /// The (first letter, length) pairs of the key words: most words of a text have none of them, and are ruled out
    /// without hashing. Case-insensitive like the keys; a word opening with a non-ASCII letter is always looked up.
    /// </summary>
    private sealed class KeyShapes
    {
        private const int MaxLength = 63;
        private readonly ulong[] _lengthsByFirst = new ulong[128];

        public KeyShapes(IEnumerable<string> keys)
        {
            foreach (var key in keys)
            {
                // A key opening with a non-ASCII letter can only match a word that does too (always looked up).
                var first = char.ToUpperInvariant(key[0]);
                if (first < 128)
                {
                    _lengthsByFirst[first] |= 1UL << Math.Min(key.Length, MaxLength);
                }
            }
        }

        public bool MayBeKey(ReadOnlySpan<char> word)
        {
            var first = word[0];
            if (first >= 128)
            {
                return true;
            }

            var upper = char.IsAsciiLetterLower(first) ? first - 32 : first;
            return (_lengthsByFirst[upper] & (1UL << Math.Min(word.Length, MaxLength))) != 0;
        }
    }
}
