namespace Relais.Engine.Signatures;

/// <summary>
/// Where the sender's content ends: trailing separators, a postscript and what follows it, and the
/// paragraphs of a closing legal disclaimer (with a short promotional footer under it) may follow the
/// signature; lines from that index on are free to leave out of the block.
/// </summary>
internal static class FreeTail
{
    /// <summary>Window index of the first free line, or the window length when there is none.</summary>
    public static int Find(ReadOnlySpan<LineInfo> lines)
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
        // A short footer at the very bottom ("For more information visit ...") is passed over on the way up.
        var end = free;
        var bottom = true;
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
                if (bottom && end - start <= 3)
                {
                    bottom = false;
                    end = start;
                    continue;
                }

                break;
            }

            bottom = false;
            free = start;
            end = start;
        }

        return free;
    }
}
