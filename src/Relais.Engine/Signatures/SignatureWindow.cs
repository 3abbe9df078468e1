using Relais.Engine.Contacts;

namespace Relais.Engine.Signatures;

/// <summary>
/// The last non-blank lines of the sender's own text, described and put in context: all the
/// classifier looks at. Bounded (<see cref="MaxLines"/> lines, <see cref="MaxChars"/> characters each)
/// so that a huge body costs no more than a short one.
/// </summary>
internal sealed class SignatureWindow
{
    public const int MaxLines = 40;
    public const int MaxChars = 240;

    /// <summary>Characters of a line the classifier reads: beyond this a line is prose whatever follows.</summary>
    public const int ScannedChars = 120;

    private SignatureWindow(LineInfo[] lines, LineContext[] contexts, int freeFrom)
    {
        Lines = lines;
        Contexts = contexts;
        FreeFrom = freeFrom;
    }

    /// <summary>Index of the first line of a trailing disclaimer or footer (see <see cref="FreeTail"/>), or the length.</summary>
    public int FreeFrom { get; }

    /// <summary>Described non-blank lines, oldest first.</summary>
    public LineInfo[] Lines { get; }

    public LineContext[] Contexts { get; }

    public static SignatureWindow Describe(IReadOnlyList<string> own, SenderName sender)
    {
        Span<int> indices = stackalloc int[MaxLines];
        var count = 0;
        for (var i = own.Count - 1; i >= 0 && count < MaxLines; i--)
        {
            // Attachment names and debris under the text are neither text nor signature: they are skipped like blanks.
            if (!string.IsNullOrWhiteSpace(own[i]) && !LineScanner.IsIgnorable(own[i].AsSpan().Trim()))
            {
                indices[count++] = i;
            }
        }

        var lines = new LineInfo[count];
        for (var k = 0; k < count; k++)
        {
            var index = indices[count - 1 - k];
            var text = own[index].AsSpan();
            var blankBefore = index == 0 || string.IsNullOrWhiteSpace(own[index - 1]);
            var blankAfter = index == own.Count - 1 || string.IsNullOrWhiteSpace(own[index + 1]);
            text = text.Length > ScannedChars ? text[..ScannedChars] : text;
            lines[k] = LineScanner.Describe(text, index, sender, blankBefore, blankAfter);
        }

        var freeFrom = FreeTail.Find(lines);
        return new SignatureWindow(lines, Describe(lines, freeFrom), freeFrom);
    }

    private static LineContext[] Describe(LineInfo[] lines, int freeFrom)
    {
        var contexts = new LineContext[lines.Length];
        var sentencesBelow = 0;
        var contentEnd = freeFrom > 0 ? lines[freeFrom - 1].Index : 0;
        for (var k = lines.Length - 1; k >= 0; k--)
        {
            bool near = false, far = false, name = false, separator = false;
            for (var j = k - 1; j >= 0 && k - j <= 12; j--)
            {
                var above = lines[j];
                if (above.Has(LineFlags.ClosingExact | LineFlags.ClosingThenName))
                {
                    near |= k - j <= 3;
                    far |= k - j > 3 && k - j <= 10;
                }

                name |= k - j <= 4 && (above.Has(LineFlags.NameOnly) || (above.Has(LineFlags.NameShape) && above.Has(LineFlags.NameAny)));
                separator |= above.Has(LineFlags.Separator);
                if (above.Has(LineFlags.Sentence))
                {
                    break;
                }
            }

            // Positions count from the end of the sender's content, not from the end of a disclaimer under it.
            var fraction = contentEnd <= 0 ? 1 : Math.Min(1, lines[k].Index / (double)contentEnd);
            var fromEnd = Math.Max(0, freeFrom - 1 - k);
            contexts[k] = new LineContext(near, far, name, sentencesBelow, separator, fraction, fromEnd, k >= freeFrom);
            sentencesBelow += lines[k].Has(LineFlags.Sentence) && k < freeFrom ? 1 : 0;
        }

        return contexts;
    }
}
