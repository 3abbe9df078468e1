namespace Relais.Engine.Signatures;

/// <summary>
/// Picks one contiguous block of lines from per-line scores: the run with the largest total score,
/// minus a penalty for each ordinary line left after it (a signature closes the sender's text; only
/// disclaimers may follow). Returns window indices, or null when no block scores above zero.
/// </summary>
internal static class SignatureDecoder
{
    public static (int Start, int End, double Confidence)? Decode(ReadOnlySpan<LineInfo> lines, ReadOnlySpan<float> scores, float tailPenalty)
    {
        var n = lines.Length;
        var best = 0f;
        (int Start, int End)? span = null;
        var tail = 0f;
        var freeFrom = FreeTail(lines);
        for (var end = n - 1; end >= 0; end--)
        {
            var sum = 0f;
            for (var start = end; start >= 0; start--)
            {
                sum += scores[start];
                if (sum - tail > best)
                {
                    best = sum - tail;
                    span = (start, end);
                }
            }

            // A trailing disclaimer is free to leave out; any other line left below the block costs.
            if (end < freeFrom && !lines[end].Has(LineFlags.Separator))
            {
                tail += tailPenalty;
            }
        }

        if (span is not { } s || AllSeparators(lines[s.Start..(s.End + 1)]))
        {
            return null;
        }

        var confidence = 0.0;
        for (var i = s.Start; i <= s.End; i++)
        {
            confidence += 1 / (1 + Math.Exp(-scores[i]));
        }

        return (s.Start, s.End, confidence / (s.End - s.Start + 1));
    }

    private static bool AllSeparators(ReadOnlySpan<LineInfo> lines)
    {
        foreach (var line in lines)
        {
            if (!line.Has(LineFlags.Separator))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Window index from which lines may be left below the block for free: trailing separators,
    /// a postscript and what follows it, and the paragraphs of a closing legal disclaimer.
    /// </summary>
    private static int FreeTail(ReadOnlySpan<LineInfo> lines)
    {
        var free = lines.Length;
        while (free > 0 && lines[free - 1].Has(LineFlags.Separator))
        {
            free--;
        }

        for (var k = free - 1; k > 0; k--)
        {
            if (lines[k].Has(LineFlags.PostScript))
            {
                free = k;
                break;
            }
        }

        // Disclaimer paragraphs, bottom up: a paragraph with a strongly worded line or two lines with legal words.
        var end = free;
        while (end > 0)
        {
            var start = end - 1;
            while (start > 0 && !lines[start].BlankBefore && !lines[start - 1].Has(LineFlags.Separator))
            {
                start--;
            }

            var strong = false;
            var weak = 0;
            var separators = true;
            for (var k = start; k < end; k++)
            {
                strong |= lines[k].Has(LineFlags.Disclaimer);
                weak += lines[k].Has(LineFlags.DisclaimerWord) ? 1 : 0;
                separators &= lines[k].Has(LineFlags.Separator);
            }

            if (!(strong || weak >= 2 || separators))
            {
                break;
            }

            free = start;
            end = start;
        }

        return free;
    }
}
