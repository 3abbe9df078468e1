using Relais.Engine.Contacts;

namespace Relais.Engine.Signatures;

/// <summary>
/// Describes a line in one pass over its characters plus one dictionary lookup per word; no regex and
/// no allocation except for short lines that may be sign-offs.
/// </summary>
internal static class LineScanner
{
    private static readonly System.Buffers.SearchValues<char> TokenBreaks = System.Buffers.SearchValues.Create(" \t,;:|()[]<>\"!?*/\u00A0\u2022\u00B7");
    private static readonly System.Buffers.SearchValues<char> SeparatorChars = System.Buffers.SearchValues.Create("-_=*~#+. \t");

    public static LineInfo Describe(ReadOnlySpan<char> raw, int index, SenderName sender, bool blankBefore, bool blankAfter)
    {
        var line = raw.Trim();
        var flags = LineFlags.None;
        if (line.Length > 0 && line[0] == '>')
        {
            flags |= LineFlags.Quoted;
            line = line.TrimStart("> ").Trim();
        }

        var words = 0;
        var stops = 0;
        if (line.Length > 0)
        {
            flags |= Shape(line);
            if ((flags & LineFlags.Separator) == 0)
            {
                flags |= PhoneScanner.Describe(line);
                flags |= Words(line, sender, flags, out words, out stops);
            }
        }

        if (words >= 10 || (words >= 6 && stops >= 2))
        {
            flags |= LineFlags.Sentence;
        }

        return new LineInfo(index, flags, line.Length, words, stops, blankBefore, blankAfter);
    }

    private static LineFlags Shape(ReadOnlySpan<char> s)
    {
        var flags = LineFlags.None;
        if ((s.IndexOfAnyExcept(SeparatorChars) < 0 && s.Length >= 2) || !HasLetterOrDigit(s))
        {
            flags |= LineFlags.Separator;
            if (s.TrimEnd().SequenceEqual("--"))
            {
                flags |= LineFlags.DashDash;
            }

            return flags;
        }

        flags |= s[^1] switch
        {
            '.' => LineFlags.EndsPeriod,
            ',' => LineFlags.EndsComma,
            ':' => LineFlags.EndsColon,
            '?' => LineFlags.EndsQuestion,
            '!' => LineFlags.EndsExclaim,
            _ => LineFlags.None,
        };
        if (char.IsLower(s[0]))
        {
            flags |= LineFlags.StartsLower;
        }

        if (s[0] is '*' or '\u2022' or '+' || (s[0] == '-' && s.Length > 1 && s[1] == ' ') || IsNumbered(s))
        {
            flags |= LineFlags.Bullet;
        }

        if (IsAttachment(s))
        {
            flags |= LineFlags.Attachment;
        }

        if (s.StartsWith("P.S", StringComparison.OrdinalIgnoreCase) || s.StartsWith("PS:", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("PS ", StringComparison.OrdinalIgnoreCase) || s.StartsWith("PPS", StringComparison.Ordinal)
            || s.StartsWith("N.B.", StringComparison.Ordinal) || s.StartsWith("NB:", StringComparison.Ordinal))
        {
            flags |= LineFlags.PostScript;
        }

        if (s.Contains('|'))
        {
            flags |= LineFlags.Pipes;
        }

        if (s.Contains('\t') || s.Contains("   ", StringComparison.Ordinal))
        {
            flags |= LineFlags.Columns;
        }

        var colon = s.IndexOf(':');
        if (colon > 0 && colon < s.Length - 1 && s[..colon].Count(' ') <= 2)
        {
            flags |= LineFlags.KeyValue;
        }

        var letters = 0;
        var upper = 0;
        var digits = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        if (letters >= 2 && upper == letters)
        {
            flags |= LineFlags.AllCaps;
        }

        if (digits * 10 > (letters + digits) * 4)
        {
            flags |= LineFlags.DigitHeavy;
        }

        if (s[0] == '-' && s.Length > 1 && (char.IsLetter(s[1]) || (s.Length > 2 && s[1] is '-' or ' ' && char.IsLetter(s.TrimStart("- ")[0]))) && letters <= 30)
        {
            flags |= LineFlags.DashName;
        }

        return flags;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Attachment names mail systems list at the end of a body: "- report.xls", "&lt;&lt;File: a.doc&gt;&gt;".</summary>
    /// <summary>Lines the classifier skips like blanks: attachment names, and debris with no letter, digit or rule ("?", "=").</summary>
    public static bool IsIgnorable(ReadOnlySpan<char> s) =>
        IsAttachment(s) || (!HasLetterOrDigit(s) && s.IndexOfAnyExcept(SeparatorChars) >= 0);

    public static bool IsAttachment(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("<<", StringComparison.Ordinal) || s.EndsWith(">>", StringComparison.Ordinal) || s.StartsWith("(See attached", StringComparison.OrdinalIgnoreCase)
            || (s.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && s.EndsWith(')')))
        {
            // The last test catches the second half of a wrapped "(See attached file: ...)".
            return true;
        }

        if (!s.StartsWith("- ", StringComparison.Ordinal))
        {
            return false;
        }

        var t = s.TrimEnd("=20 ");
        var dot = t.LastIndexOf('.');
        return dot > 0 && t.Length - dot is >= 3 and <= 5 && t[(dot + 1)..].IndexOfAnyExceptInRange('0', 'z') < 0;
    }

    private static bool IsNumbered(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && i < 3 && (char.IsAsciiDigit(s[i]) || (i == 0 && char.IsAsciiLetterLower(s[i]))))
        {
            i++;
        }

        return i > 0 && i < s.Length && s[i] is ')' or '.' && (i + 1 == s.Length || s[i + 1] is ' ' or '\t');
    }

    private static LineFlags Words(ReadOnlySpan<char> s, SenderName sender, LineFlags shape, out int words, out int stops)
    {
        var scan = new WordScan(sender, shape);
        var pos = 0;
        while (pos < s.Length)
        {
            var rest = s[pos..];
            var start = rest.IndexOfAnyExcept(TokenBreaks);
            if (start < 0)
            {
                break;
            }

            rest = rest[start..];
            var len = rest.IndexOfAny(TokenBreaks);
            if (len < 0)
            {
                len = rest.Length;
            }

            var next = len < rest.Length ? rest[len..].TrimStart(' ') : [];
            // "Bureau de Lyon : 14, rue …", "ZA des Tilleuls, 42 rue …": a number after a colon or comma may open a street.
            var clause = s[pos..(pos + start)].IndexOfAny(':', ',') >= 0;
            scan.Add(rest[..len], next.IsEmpty ? '\0' : next[0], clause);
            pos += start + len;
        }

        words = scan.Words;
        stops = scan.Stops;
        return scan.Finish(s);
    }
}
