namespace Relais.Engine.Signatures;

/// <summary>
/// Finds the digit runs of a line that may be phone numbers, and internal extensions ("x-37059", "3-1587"),
/// without regexes; libphonenumber is only asked about the runs found here.
/// </summary>
internal static class PhoneScanner
{
    public static LineFlags Describe(ReadOnlySpan<char> s)
    {
        Span<Range> runs = stackalloc Range[4];
        var phones = 0;
        var flags = LineFlags.None;
        foreach (var run in Runs(s, runs))
        {
            switch (Classify(s, run))
            {
                case RunKind.Phone:
                    phones++;
                    break;
                case RunKind.Extension:
                    flags |= LineFlags.Extension;
                    break;
            }
        }

        if (phones > 0)
        {
            flags |= LineFlags.Phone;
            if (HasWordsBefore(s, runs))
            {
                flags |= LineFlags.NamedNumber;
            }
        }

        if (phones > 1)
        {
            flags |= LineFlags.ManyPhones;
        }

        return flags;
    }

    /// <summary>Digit runs of the line (at most <c>into.Length</c>), as ranges of <paramref name="s"/>.</summary>
    public static Span<Range> Runs(ReadOnlySpan<char> s, Span<Range> into)
    {
        var count = 0;
        var i = 0;
        while (i < s.Length && count < into.Length)
        {
            var c = s[i];
            var starts = char.IsAsciiDigit(c) || ((c is '+' or '(') && i + 1 < s.Length && (char.IsAsciiDigit(s[i + 1]) || s[i + 1] == ' '));
            if (!starts || (i > 0 && (char.IsLetterOrDigit(s[i - 1]) && !IsExtensionMark(s, i))))
            {
                i++;
                continue;
            }

            var j = i + 1;
            var digits = char.IsAsciiDigit(c) ? 1 : 0;
            while (j < s.Length && Continues(s, j, digits))
            {
                digits += char.IsAsciiDigit(s[j]) ? 1 : 0;
                j++;
            }

            var end = j;
            while (end > i && !char.IsAsciiDigit(s[end - 1]))
            {
                end--;
            }

            if (end > i)
            {
                into[count++] = new Range(i, end);
            }

            i = Math.Max(j, i + 1);
        }

        return into[..count];
    }

    public static RunKind Classify(ReadOnlySpan<char> s, Range range)
    {
        var run = s[range];
        var digits = 0;
        var groups = 1;
        var longest = 0;
        var current = 0;
        var slash = false;
        foreach (var c in run)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                current++;
                longest = Math.Max(longest, current);
            }
            else
            {
                groups += current > 0 ? 1 : 0;
                current = 0;
                slash |= c == '/';
            }
        }

        var start = range.Start.GetOffset(s.Length);
        if (digits is >= 3 and <= 5 && IsExtensionMark(s, start))
        {
            return RunKind.Extension;
        }

        // "3-1587": Enron's five-digit internal dialling.
        if (digits == 5 && run.Length == 6 && run[1] == '-')
        {
            return RunKind.Extension;
        }

        // ZIP+4 ("77251-1384") is a postcode, not a number to dial.
        if (digits == 9 && run.Length == 10 && run[5] == '-')
        {
            return RunKind.None;
        }

        var end = range.End.GetOffset(s.Length);
        var glued = end < s.Length && char.IsLetter(s[end]) && !(end + 1 < s.Length && s[end] is 'x' or 'X');
        if (digits is < 7 or > 15 || glued || IsDate(run, digits, slash) || IsAmount(s, start))
        {
            return RunKind.None;
        }

        // Long unbroken digit strings are references (SIRET, invoice numbers), not numbers people dial.
        return longest > 11 ? RunKind.None : RunKind.Phone;
    }

    /// <summary>"Reliant:  Tom Toerner  713-207-1450": words other than labels before the first number, as in contact lists.</summary>
    private static bool HasWordsBefore(ReadOnlySpan<char> s, Span<Range> runs)
    {
        var first = s.Length;
        foreach (var run in runs)
        {
            if (Classify(s, run) == RunKind.Phone)
            {
                first = Math.Min(first, run.Start.GetOffset(s.Length));
            }
        }

        var prefix = s[..first];
        foreach (var range in prefix.SplitAny(" :;,.-()[]/\t#"))
        {
            var word = prefix[range];
            if (word.Length >= 2 && char.IsLetter(word[0])
                && (Contacts.Lexicon.Lookup(word) & (Contacts.WordKind.PhoneLabel | Contacts.WordKind.MobileLabel | Contacts.WordKind.FaxLabel | Contacts.WordKind.HomeLabel)) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Continues(ReadOnlySpan<char> s, int j, int digits)
    {
        var c = s[j];
        if (char.IsAsciiDigit(c))
        {
            return true;
        }

        if (c is not (' ' or '-' or '.' or '(' or ')' or '/' or '\u00A0' or '\u2011' or '\u2013'))
        {
            return false;
        }

        // A run stops at two blanks in a row and at " / ", " - ", " | " between two numbers; "(703) 934 - 3547" is one number.
        var next = j + 1 < s.Length ? s[j + 1] : '\0';
        if (c == ' ' && (next is ' ' or '/' or '|' || (next is '-' or '\u2013' && digits >= 7)))
        {
            return false;
        }

        return next is not '\0' && (char.IsAsciiDigit(next) || next is ' ' or '(' or ')' or '-' or '.');
    }

    private static bool IsExtensionMark(ReadOnlySpan<char> s, int start)
    {
        var i = start - 1;
        while (i >= 0 && s[i] is '-' or '.' or ' ' or ':')
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        if (s[i] is 'x' or 'X' or '*' or '#')
        {
            return i == 0 || !char.IsLetter(s[i - 1]);
        }

        var word = s[..(i + 1)];
        return word.EndsWith("ext", StringComparison.OrdinalIgnoreCase) || word.EndsWith("extension", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("poste", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDate(ReadOnlySpan<char> run, int digits, bool slash)
    {
        if (slash && digits <= 8)
        {
            return true;
        }

        // 2001-11-05, 05.11.2001
        return digits == 8 && run.Length == 10 && (run[4] == run[7] && run[4] is '-' or '.' or '/' || run[2] == run[5] && run[2] is '-' or '.' or '/');
    }

    private static bool IsAmount(ReadOnlySpan<char> s, int start)
    {
        var before = s[..start].TrimEnd(' ');
        return before.Length > 0 && before[^1] is '$' or '€' or '£';
    }
}

internal enum RunKind
{
    None,
    Phone,
    Extension,
}
