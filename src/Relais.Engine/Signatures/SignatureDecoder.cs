namespace Relais.Engine.Signatures;

/// <summary>
/// Picks one contiguous block of lines from per-line scores: the run with the largest total score,
/// minus a penalty for each ordinary line left after it (a signature closes the sender's text; only
/// disclaimers may follow). Returns window indices, or null when no block scores above zero.
/// </summary>
internal static class SignatureDecoder
{
    public static (int Start, int End, BlockEvidence Evidence)? Decode(ReadOnlySpan<LineInfo> lines, int freeFrom, ReadOnlySpan<float> scores, float tailPenalty, float minScore = 0)
    {
        var n = lines.Length;
        var best = minScore;
        (int Start, int End)? span = null;
        var tail = 0f;
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

        // A sign-off opens the block: lines above the last sign-off inside it belong to the text.
        for (var k = s.End; k > s.Start; k--)
        {
            if (lines[k].Has(LineFlags.ClosingExact | LineFlags.ClosingThenName))
            {
                s = (k, s.End);
                break;
            }
        }

        return (s.Start, s.End, BlockEvidence.Of(lines, scores, s.Start, s.End));
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
}
