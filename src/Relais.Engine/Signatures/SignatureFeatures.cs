namespace Relais.Engine.Signatures;

/// <summary>
/// Turns the described lines of a message's tail into sparse binary features: the line's own atoms
/// (flags, length and word-count buckets), the same atoms for the previous and next non-blank lines,
/// and context features (position from the end, a sign-off above, prose below, a few conjunctions).
/// </summary>
internal static class SignatureFeatures
{
    private static readonly int FlagCount = Enum.GetValues<LineFlags>().Length - 1;
    private static readonly int[] LengthCuts = [3, 12, 25, 40, 60, 80];
    private static readonly int[] WordCuts = [1, 2, 3, 5, 8];
    private static readonly int AtomCount = FlagCount + (LengthCuts.Length + 1) + (WordCuts.Length + 1) + 3 + 2;
    private static readonly string[] ContextNames =
    [
        "bias", "pos:0", "pos:1", "pos:2", "pos:3", "pos:4-5", "pos:6-9", "pos:10+",
        "closing_above:near", "closing_above:far", "name_above", "sentences_below:0", "sentences_below:1", "sentences_below:2+",
        "separator_above", "first_line", "only_line", "tail_fraction:<0.5",
        "name_shape&pos<=1", "name_only&pos<=1", "closing_above&name_shape", "closing_above&field", "closing_above&short",
        "field&no_sentence_below", "prev_closing&name_shape", "prev_closing&initials", "name_above&field", "sentence&pos0",
        "short&no_sentence_below", "closing_exact&pos<=2", "in_free_tail", "named_number_run",
    ];

    /// <summary>Feature names in index order: the model file's keys.</summary>
    public static readonly string[] Names = BuildNames();

    public static int Count => Names.Length;

    /// <summary>Writes the feature indices of line <paramref name="k"/> of <paramref name="lines"/> into <paramref name="into"/>.</summary>
    public static int Extract(ReadOnlySpan<LineInfo> lines, int k, in LineContext context, Span<int> into)
    {
        var n = 0;
        var self = lines[k];
        n = Atoms(self, 0, into, n);
        if (k > 0)
        {
            n = Atoms(lines[k - 1], AtomCount, into, n);
        }

        if (k + 1 < lines.Length)
        {
            n = Atoms(lines[k + 1], 2 * AtomCount, into, n);
        }

        var c = 3 * AtomCount;
        var fromEnd = context.FromEnd;
        var pos = fromEnd switch { 0 => 1, 1 => 2, 2 => 3, 3 => 4, <= 5 => 5, <= 9 => 6, _ => 7 };
        var nameShape = self.Has(LineFlags.NameShape) || self.Has(LineFlags.NameOnly);
        var field = self.Has(LineFlags.Phone | LineFlags.Email | LineFlags.Url | LineFlags.Extension | LineFlags.TitleWord
            | LineFlags.CompanyWord | LineFlags.Street | LineFlags.ZipCode | LineFlags.PostBox);
        var shortLine = self.Length <= 30 && !self.Has(LineFlags.Sentence);
        var prevClosing = k > 0 && lines[k - 1].Has(LineFlags.ClosingExact);
        into[n++] = c;
        into[n++] = c + pos;
        Set(ref n, into, c + 8, context.ClosingAboveNear);
        Set(ref n, into, c + 9, context.ClosingAboveFar);
        Set(ref n, into, c + 10, context.NameAbove);
        into[n++] = c + 11 + Math.Min(context.SentencesBelow, 2);
        Set(ref n, into, c + 14, context.SeparatorAbove);
        Set(ref n, into, c + 15, self.Index == 0);
        Set(ref n, into, c + 16, lines.Length == 1);
        Set(ref n, into, c + 17, context.TailFraction < 0.5);
        Set(ref n, into, c + 18, nameShape && fromEnd <= 1);
        Set(ref n, into, c + 19, self.Has(LineFlags.NameOnly) && fromEnd <= 1);
        Set(ref n, into, c + 20, (context.ClosingAboveNear || prevClosing) && nameShape);
        Set(ref n, into, c + 21, (context.ClosingAboveNear || context.ClosingAboveFar) && field);
        Set(ref n, into, c + 22, (context.ClosingAboveNear || context.ClosingAboveFar) && shortLine);
        Set(ref n, into, c + 23, field && context.SentencesBelow == 0);
        Set(ref n, into, c + 24, prevClosing && nameShape);
        Set(ref n, into, c + 25, prevClosing && self.Has(LineFlags.Initials | LineFlags.DashName));
        Set(ref n, into, c + 26, context.NameAbove && field);
        Set(ref n, into, c + 27, self.Has(LineFlags.Sentence) && fromEnd == 0);
        Set(ref n, into, c + 28, shortLine && context.SentencesBelow == 0);
        Set(ref n, into, c + 29, self.Has(LineFlags.ClosingExact) && fromEnd <= 2);
        Set(ref n, into, c + 30, context.InFreeTail);
        Set(ref n, into, c + 31, self.Has(LineFlags.NamedNumber)
            && ((k > 0 && lines[k - 1].Has(LineFlags.NamedNumber)) || (k + 1 < lines.Length && lines[k + 1].Has(LineFlags.NamedNumber))));
        return n;
    }

    private static void Set(ref int n, Span<int> into, int feature, bool on)
    {
        if (on)
        {
            into[n++] = feature;
        }
    }

    private static int Atoms(LineInfo line, int offset, Span<int> into, int n)
    {
        var flags = (ulong)line.Flags;
        while (flags != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(flags);
            if (bit < FlagCount)
            {
                into[n++] = offset + bit;
            }

            flags &= flags - 1;
        }

        var a = offset + FlagCount;
        into[n++] = a + Bucket(line.Length, LengthCuts);
        a += LengthCuts.Length + 1;
        into[n++] = a + Bucket(line.Words, WordCuts);
        a += WordCuts.Length + 1;
        into[n++] = a + Math.Min(line.StopWords, 2);
        a += 3;
        if (line.BlankBefore)
        {
            into[n++] = a;
        }

        if (line.BlankAfter)
        {
            into[n++] = a + 1;
        }

        return n;
    }

    private static int Bucket(int value, int[] cuts)
    {
        var i = 0;
        while (i < cuts.Length && value > cuts[i])
        {
            i++;
        }

        return i;
    }

    private static string[] BuildNames()
    {
        var atoms = new List<string>();
        var flags = Enum.GetValues<LineFlags>().Where(f => f != LineFlags.None).OrderBy(f => (ulong)f).ToArray();
        atoms.AddRange(flags.Select(f => "flag:" + f));
        atoms.AddRange(Enumerable.Range(0, LengthCuts.Length + 1).Select(i => "len:" + (i < LengthCuts.Length ? "<=" + LengthCuts[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : ">80")));
        atoms.AddRange(Enumerable.Range(0, WordCuts.Length + 1).Select(i => "words:" + (i < WordCuts.Length ? "<=" + WordCuts[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : ">8")));
        atoms.AddRange(["stops:0", "stops:1", "stops:2+", "blank_before", "blank_after"]);
        var names = new List<string>();
        names.AddRange(atoms.Select(a => "self:" + a));
        names.AddRange(atoms.Select(a => "prev:" + a));
        names.AddRange(atoms.Select(a => "next:" + a));
        names.AddRange(ContextNames.Select(x => "ctx:" + x));
        return [.. names];
    }
}

/// <summary>Context of one line computed from the lines around it.</summary>
internal readonly record struct LineContext(
    bool ClosingAboveNear, bool ClosingAboveFar, bool NameAbove, int SentencesBelow, bool SeparatorAbove, double TailFraction, int FromEnd, bool InFreeTail);
