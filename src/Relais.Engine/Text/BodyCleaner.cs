namespace Relais.Engine.Text;

/// <summary>The sender's own lines (signature included) and the forwarded material kept apart.</summary>
internal sealed record CleanedBody(string[] Own, IReadOnlyList<string> Forwarded);

/// <summary>
/// From body text to the sender's own lines: quotes and forwards cut, mobile footers and legal disclaimers removed.
/// The signature stays: it is what the signature stage reads.
/// </summary>
internal static class BodyCleaner
{
    public static CleanedBody Clean(string body, string? subject)
    {
        if (body.Length == 0)
        {
            return new CleanedBody([], []);
        }

        var lines = TextLines.Split(body);
        var split = ReplySplitter.Split(lines, subject);
        var own = split.OwnsNothing() && split.OnlyQuotes ? QuotedOnly(lines) : split.Own;
        own.RemoveAll(MobileFooters.IsFooter);
        var disclaimer = Disclaimers.Start(own);
        if (disclaimer < own.Count)
        {
            own.RemoveRange(disclaimer, own.Count - disclaimer);
        }

        return new CleanedBody(Trim(own), split.Forwarded);
    }

    // A body that is nothing but a '>' quote (a message part extracted from a thread, a "reply" with nothing typed)
    // carries no other text: its quoted lines are kept as written, without the attribution above them.
    private static List<string> QuotedOnly(string[] lines)
    {
        var first = Array.FindIndex(lines, QuoteMarkers.IsQuoted);
        return [.. lines.AsSpan(first < 0 ? lines.Length : first)];
    }

    // Trailing spaces go, so do blank lines at both ends and a "--" left alone at the end once a footer is gone.
    private static string[] Trim(List<string> lines)
    {
        var end = lines.Count;
        while (end > 0 && (string.IsNullOrWhiteSpace(lines[end - 1]) || MobileFooters.IsBareSeparator(lines[end - 1])))
        {
            end--;
        }

        var start = 0;
        while (start < end && string.IsNullOrWhiteSpace(lines[start]))
        {
            start++;
        }

        var result = new string[end - start];
        for (var i = start; i < end; i++)
        {
            result[i - start] = lines[i].TrimEnd();
        }

        return result;
    }
}
