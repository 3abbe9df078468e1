namespace Relais.Engine.Signatures;

/// <summary>
/// Breaks a line where a sign-off starts after the last sentence ("please verify.  Thanks.  Sara"),
/// so that the sign-off can be the signature's first line while the sentence stays in the text.
/// </summary>
internal static class SignoffSplitter
{
    private const int LinesExamined = 3;

    /// <summary>The lines with one of the last lines split in two, and the index of the sign-off part; or the same array and -1.</summary>
    public static (string[] Lines, int Signoff) Split(string[] lines)
    {
        var seen = 0;
        for (var i = lines.Length - 1; i >= 0 && seen < LinesExamined; i--)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            seen++;
            var at = SignoffStart(lines[i]);
            if (at > 0)
            {
                return (SplitLine(lines, i, at), i + 1);
            }
        }

        return (lines, -1);
    }

    /// <summary>
    /// The lines with the nearest non-blank line above <paramref name="start"/> split where a trailing sign-off starts,
    /// and the index of the sign-off part; null when that line ends with no sign-off.
    /// </summary>
    public static (string[] Lines, int Signoff)? SplitAbove(string[] lines, int start)
    {
        var i = start - 1;
        while (i >= 0 && start - i <= 3 && string.IsNullOrWhiteSpace(lines[i]))
        {
            i--;
        }

        if (i < 0 || string.IsNullOrWhiteSpace(lines[i]) || SignoffStart(lines[i]) is not (> 0 and var at))
        {
            return null;
        }

        // Only a signed sign-off ("Thanks, Deb"): a bare "Thank you." ending the text is as often read as part of it.
        var signoff = lines[i].AsSpan(at);
        var words = 0;
        foreach (var range in signoff.SplitAny(" \t,.!"))
        {
            words += signoff[range].Trim("-").IsEmpty ? 0 : 1;
        }

        if (words <= Closings.Match(signoff))
        {
            return null;
        }

        return (SplitLine(lines, i, at), i + 1);
    }

    /// <summary>A copy of the lines with line <paramref name="i"/> cut in two at <paramref name="at"/>.</summary>
    private static string[] SplitLine(string[] lines, int i, int at)
    {
        var split = new string[lines.Length + 1];
        Array.Copy(lines, split, i);
        split[i] = lines[i][..at].TrimEnd();
        split[i + 1] = lines[i][at..];
        Array.Copy(lines, i + 1, split, i + 2, lines.Length - i - 1);
        return split;
    }

    /// <summary>Where a trailing sign-off starts in <paramref name="line"/>, or -1.</summary>
    public static int SignoffStart(ReadOnlySpan<char> line)
    {
        if (line.Length > SignatureWindow.MaxChars * 4)
        {
            return -1;
        }

        // A sign-off and a name fit in the last 60 characters; earlier sentence ends are not looked at.
        for (var i = Math.Max(1, line.Length - 60); i < line.Length - 1; i++)
        {
            if (line[i] != ' ' || line[i - 1] is not ('.' or '!' or '?' or ')'))
            {
                continue;
            }

            var start = i;
            while (start < line.Length && line[start] == ' ')
            {
                start++;
            }

            if (start < line.Length && IsSignoff(line[start..]))
            {
                return start;
            }
        }

        return -1;
    }

    private static bool IsSignoff(ReadOnlySpan<char> rest)
    {
        var closing = Closings.Match(rest);
        if (closing == 0)
        {
            return false;
        }

        // What follows the sign-off may only be a short name: "Sara", "--Sally", "SS", "-".
        var words = 0;
        foreach (var range in rest.SplitAny(" \t,.!"))
        {
            var word = rest[range].Trim("-");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (words > closing && (words > closing + 2 || !IsNameLike(word)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameLike(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('\'' or '-'))
            {
                return false;
            }
        }

        return char.IsUpper(word[0]) || word.Length <= 3;
    }
}
