namespace Relais.Engine.Text;

/// <summary>The body split into the sender's own lines and what was quoted or forwarded below them.</summary>
/// <param name="Own">The lines before any marker, without '>' quotes.</param>
/// <param name="Forwarded">Forwarded material found below the own text.</param>
/// <param name="OnlyQuotes">Nothing but '>' quotes (and their attributions) was found: no separator, no header block.</param>
internal sealed record SplitBody(List<string> Own, IReadOnlyList<string> Forwarded, bool OnlyQuotes)
{
    public bool OwnsNothing() => Own.TrueForAll(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Cuts quoted replies and forwarded material. Interleaved <c>&gt;</c> quoting (bottom-posting) is removed line by
/// line and the sender's answers kept; any other marker (attribution, separator, header block) ends the own text.
/// </summary>
internal static class ReplySplitter
{
    public static SplitBody Split(string[] lines, string? subject)
    {
        var own = new List<string>(Math.Min(lines.Length, 256));
        var quoted = false;
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (QuoteMarkers.IsQuoted(line))
            {
                quoted = true;
                i = SkipQuote(lines, i, own);
                continue;
            }

            if (IsBlank(line))
            {
                own.Add(line);
                i++;
                continue;
            }

            var attribution = AttributionLength(lines, i);
            if (attribution > 0)
            {
                var next = NextNonBlank(lines, i + attribution);
                if (next < lines.Length && QuoteMarkers.IsQuoted(lines[next]))
                {
                    quoted = true;
                    i = SkipQuote(lines, next, own);
                    continue;
                }

                return Cut(own, lines, i, SplitKind.Quote, subject);
            }

            if (QuoteMarkers.Separator(line) is { } kind)
            {
                return Cut(own, lines, i, kind, subject);
            }

            if (QuoteMarkers.IsRule(line))
            {
                var next = NextNonBlank(lines, i + 1);
                if (next < lines.Length && next - i <= 2 && HeaderBlock.At(lines, next) is { } ruledSubject)
                {
                    return Cut(own, lines, i, KindOf(ruledSubject, subject), subject);
                }
            }

            if (HeaderBlock.At(lines, i) is { } blockSubject)
            {
                var start = HeaderBlock.LotusSenderLines(lines, i);
                own.RemoveRange(own.Count - (i - start), i - start);
                return Cut(own, lines, start, KindOf(blockSubject, subject), subject);
            }

            own.Add(line);
            i++;
        }

        return new SplitBody(own, [], quoted);
    }

    private static SplitBody Cut(List<string> own, string[] lines, int at, SplitKind kind, string? subject)
    {
        if (kind == SplitKind.Quote && !QuoteMarkers.IsForwardSubject(subject))
        {
            return new SplitBody(own, [], false);
        }

        return new SplitBody(own, [string.Join('\n', lines, at, lines.Length - at)], false);
    }

    private static SplitKind KindOf(string blockSubject, string? subject) =>
        QuoteMarkers.IsForwardSubject(blockSubject) || QuoteMarkers.IsForwardSubject(subject) ? SplitKind.Forward : SplitKind.Quote;

    // A '>' block, with the blank lines inside it; blank lines after it stay with the own text unless the own
    // text already ends with one (the quote sat between two paragraphs).
    private static int SkipQuote(string[] lines, int i, List<string> own)
    {
        var end = i;
        while (i < lines.Length && (QuoteMarkers.IsQuoted(lines[i]) || IsBlank(lines[i])))
        {
            if (QuoteMarkers.IsQuoted(lines[i]))
            {
                end = i + 1;
            }

            i++;
        }

        if (own.Count > 0 && IsBlank(own[^1]))
        {
            while (end < lines.Length && IsBlank(lines[end]))
            {
                end++;
            }
        }

        return end;
    }

    private static int AttributionLength(string[] lines, int i)
    {
        for (var k = 0; k < QuoteMarkers.AttributionMaxLines && i + k < lines.Length; k++)
        {
            if (IsBlank(lines[i + k]))
            {
                return 0;
            }

            if (!QuoteMarkers.MayEndAttribution(lines[i + k]))
            {
                continue;
            }

            var joined = k == 0 ? lines[i] : string.Join(' ', lines, i, k + 1);
            if (QuoteMarkers.IsAttribution(joined) || (k == 0 && QuoteMarkers.EndsLikeAttributionText(joined) && FollowedByQuote(lines, i + 1)))
            {
                // The attribution may start on a later line: leave line i to the own text.
                return StartsLater(lines, i, k) ? 0 : k + 1;
            }

            return 0;
        }

        return 0;
    }

    private static bool StartsLater(string[] lines, int i, int k)
    {
        for (var s = i + 1; s <= i + k; s++)
        {
            if (QuoteMarkers.IsAttribution(string.Join(' ', lines, s, i + k - s + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedByQuote(string[] lines, int from)
    {
        var next = NextNonBlank(lines, from);
        return next < lines.Length && QuoteMarkers.IsQuoted(lines[next]);
    }

    private static int NextNonBlank(string[] lines, int from)
    {
        while (from < lines.Length && IsBlank(lines[from]))
        {
            from++;
        }

        return from;
    }

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);
}
