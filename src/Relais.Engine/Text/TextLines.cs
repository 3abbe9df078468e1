using System.Buffers;

namespace Relais.Engine.Text;

internal static class TextLines
{
    // What string.ReplaceLineEndings treats as a line break: CR, LF (and CRLF as one), FF, NEL, LS, PS.
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    /// <summary>
    /// The lines of a text, as <c>text.ReplaceLineEndings("\n").Split('\n')</c> gives them, without the intermediate copy
    /// of the whole text.
    /// </summary>
    public static string[] Split(string text)
    {
        var lines = new string[Count(text)];
        var start = 0;
        for (var k = 0; k < lines.Length - 1; k++)
        {
            var end = start + text.AsSpan(start).IndexOfAny(Breaks);
            lines[k] = text[start..end];
            start = Next(text, end);
        }

        lines[^1] = text[start..];
        return lines;
    }

    private static int Count(string text)
    {
        var count = 1;
        for (var i = text.AsSpan().IndexOfAny(Breaks); i >= 0; count++)
        {
            var next = Next(text, i);
            var found = text.AsSpan(next).IndexOfAny(Breaks);
            i = found < 0 ? -1 : next + found;
        }

        return count;
    }

    // Past the break at i, a CRLF counting as one.
    private static int Next(string text, int i) => text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;

    /// <summary>Joins lines with '\n', dropping leading and trailing blank lines and trailing spaces.</summary>
    public static string Join(IReadOnlyList<string> lines)
    {
        var start = 0;
        var end = lines.Count;
        while (start < end && string.IsNullOrWhiteSpace(lines[start]))
        {
            start++;
        }

        while (end > start && string.IsNullOrWhiteSpace(lines[end - 1]))
        {
            end--;
        }

        if (end - start == 1)
        {
            return lines[start].TrimEnd();
        }

        var length = 0;
        for (var i = start; i < end; i++)
        {
            length += lines[i].Length + 1;
        }

        var builder = new System.Text.StringBuilder(length);
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                builder.Append('\n');
            }

            builder.Append(lines[i].AsSpan().TrimEnd());
        }

        return builder.ToString();
    }
}
