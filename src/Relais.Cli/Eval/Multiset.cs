namespace Relais.Cli.Eval;

/// <summary>Python's Counter operations the scorer uses: &amp; (intersection), size and equality.</summary>
internal static class Multiset
{
    public static Dictionary<string, int> Of(IEnumerable<string> items)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            counts[item] = counts.GetValueOrDefault(item) + 1;
        }

        return counts;
    }

    public static int Size(Dictionary<string, int> counts) => counts.Values.Sum();

    public static int Intersection(Dictionary<string, int> a, Dictionary<string, int> b) =>
        a.Sum(pair => Math.Min(pair.Value, b.GetValueOrDefault(pair.Key)));

    public static bool Equal(Dictionary<string, int> a, Dictionary<string, int> b) =>
        a.Count == b.Count && a.All(pair => b.GetValueOrDefault(pair.Key) == pair.Value);
}

/// <summary>Python's <c>str.splitlines()</c> and <c>str.strip()</c> as score.py applies them to predicted text.</summary>
internal static class Lines
{
    private static readonly char[] Breaks = ['\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029'];

    public static IEnumerable<string> NonBlank(string text, bool splitLines)
    {
        var parts = splitLines ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Split(Breaks) : [text];
        foreach (var part in parts)
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }
}
