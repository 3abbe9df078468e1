namespace Relais.Engine.Text;

internal static class TextLines
{
    public static string[] Split(string text) => text.ReplaceLineEndings("\n").Split('\n');

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
