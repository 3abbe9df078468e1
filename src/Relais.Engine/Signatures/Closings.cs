using Relais.Engine.Contacts;

namespace Relais.Engine.Signatures;

/// <summary>Finds the sign-off phrase ("Best regards", "Bien cordialement") a line starts with.</summary>
internal static class Closings
{
    private const int MaxWords = 8;

    /// <summary>Number of words of the longest sign-off phrase that starts the line, 0 when none.</summary>
    public static int Match(ReadOnlySpan<char> line)
    {
        var start = 0;
        while (start < line.Length && !char.IsLetter(line[start]))
        {
            start++;
        }

        var end = start;
        while (end < line.Length && (char.IsLetter(line[end]) || line[end] is '\'' or '\u2019'))
        {
            end++;
        }

        if (end == start || !Lexicon.ClosingStarters.Contains(line[start..end]))
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[96];
        Span<int> ends = stackalloc int[MaxWords];
        var length = 0;
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (length >= buffer.Length - 2 || words > MaxWords)
            {
                break;
            }

            if (char.IsLetter(c) || ((c is '\'' or '\u2019' or '&') && inWord))
            {
                if (!inWord && length > 0)
                {
                    buffer[length++] = ' ';
                }

                buffer[length++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
                inWord = true;
            }
            else if (c is '&' && !inWord)
            {
                buffer[length++] = ' ';
                buffer[length++] = '&';
                inWord = true;
            }
            else if (inWord)
            {
                if (words < MaxWords)
                {
                    ends[words] = length;
                }

                words++;
                inWord = false;
                if (char.IsAsciiDigit(c) || c == '@')
                {
                    break;
                }
            }
            else if (char.IsAsciiDigit(c) || c == '@')
            {
                break;
            }
        }

        if (inWord && words < MaxWords)
        {
            ends[words++] = length;
        }

        var lookup = Lexicon.ClosingPhrases.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = Math.Min(words, MaxWords); k >= 1; k--)
        {
            if (lookup.Contains(buffer[..ends[k - 1]]))
            {
                return k;
            }
        }

        return 0;
    }
}
