namespace Relais.Engine.Text;

internal static class TextLines
{
    public static string[] Split(string text) => text.ReplaceLineEndings("\n").Split('\n');

    /// <summary>Joins lines with '\n', dropping leading and trailing blank lines.</summary>
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

        return string.Join('\n', lines.Skip(start).Take(end - start).Select(l => l.TrimEnd()));
    }
}
