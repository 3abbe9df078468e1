using PhoneNumbers;
using Relais.Engine.Signatures;

namespace Relais.Engine.Contacts;

/// <summary>A phone number found in a signature, in E.164, with what its label and type say it is.</summary>
/// <param name="E164">The number in E.164.</param>
/// <param name="Kind">Landline, mobile, fax or home, from the label first and the number type second.</param>
/// <param name="Labelled">A label ("Tél.", "Mobile:") names the number.</param>
/// <param name="Line">Signature line index.</param>
/// <param name="Valid">libphonenumber knows the range; a labelled number of possible length it does not know is still kept.</param>
/// <param name="Switchboard">Labelled as the organisation's main line ("Standard", "Switchboard"), not the person's own.</param>
/// <param name="Direct">Labelled as the person's direct line ("Ligne directe", "LD", "Direct").</param>
internal sealed record PhoneCandidate(string E164, PhoneKind Kind, bool Labelled, int Line, bool Valid = true, bool Switchboard = false, bool Direct = false);

internal enum PhoneKind
{
    Landline,
    Mobile,
    Fax,
    Home,
}

/// <summary>
/// Reads phone numbers from signature cells with libphonenumber, only on the digit runs
/// <see cref="PhoneScanner"/> found (libphonenumber is slow); labels decide fax, number types decide mobile.
/// </summary>
internal static class PhoneFields
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static List<PhoneCandidate> Find(IReadOnlyList<SignatureCell> cells, IReadOnlyList<string> regions)
    {
        var found = new List<PhoneCandidate>();
        Span<Range> runs = stackalloc Range[4];
        foreach (var cell in cells)
        {
            if (!cell.Has(LineFlags.Phone))
            {
                continue;
            }

            var text = cell.Text.AsSpan();
            var previousEnd = 0;
            var cellRuns = PhoneScanner.Runs(text, runs);
            for (var k = 0; k < cellRuns.Length; k++)
            {
                var run = cellRuns[k];
                var (start, end) = (run.Start.GetOffset(text.Length), run.End.GetOffset(text.Length));
                var nextStart = k + 1 < cellRuns.Length ? cellRuns[k + 1].Start.GetOffset(text.Length) : text.Length;
                var label = WordKind.None;
                if (PhoneScanner.Classify(text, run) == RunKind.Phone && !IsReference(text[previousEnd..start])
                    && Parse(text[run], regions, (label = Label(text[previousEnd..start], text[end..nextStart])) != WordKind.None) is var (number, valid))
                {
                    var kind = label switch
                    {
                        WordKind.FaxLabel => PhoneKind.Fax,
                        WordKind.MobileLabel => PhoneKind.Mobile,
                        WordKind.HomeLabel => PhoneKind.Home,
                        _ => valid && Util.GetNumberType(number) == PhoneNumberType.MOBILE ? PhoneKind.Mobile : PhoneKind.Landline,
                    };
                    var e164 = Util.Format(number, PhoneNumberFormat.E164);
                    if (!found.Exists(f => f.E164 == e164))
                    {
                        found.Add(new PhoneCandidate(e164, kind, label != WordKind.None, cell.Line, valid, label == WordKind.Switchboard, label == WordKind.Direct));
                    }
                }

                previousEnd = end;
            }
        }

        return found;
    }

    /// <summary>
    /// The number read in the first region of the chain where it is valid. A labelled number that no region
    /// validates but that has a possible length is kept too (not valid): numbering plans change faster than
    /// libphonenumber's metadata, and "Tél. :" says what the digits are.
    /// </summary>
    private static (PhoneNumber Number, bool Valid)? Parse(ReadOnlySpan<char> run, IReadOnlyList<string> regions, bool labelled)
    {
        var text = run.ToString().Replace("(0)", "", StringComparison.Ordinal).Replace("+ ", "+", StringComparison.Ordinal);
        try
        {
            if (text.StartsWith('+'))
            {
                var international = Util.Parse(text, null);
                return Util.IsValidNumber(international) ? (international, true)
                    : labelled && Util.IsPossibleNumber(international) ? (international, false) : null;
            }

            PhoneNumber? possible = null;
            foreach (var region in regions)
            {
                var number = Util.Parse(text, region);
                if (Util.IsValidNumber(number))
                {
                    return (number, true);
                }

                possible ??= labelled && Util.IsPossibleNumber(number) ? number : null;
            }

            return possible is null ? null : (possible, false);
        }
        catch (NumberParseException)
        {
        }

        return null;
    }

    /// <summary>The label nearest the number: the last label word before it, else the first one after it.</summary>
    private static WordKind Label(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var label = WordKind.None;
        foreach (var range in before.SplitAny(" :.-()/,\t"))
        {
            label = Kind(before[range], label);
        }

        if (label != WordKind.None)
        {
            return label;
        }

        foreach (var range in after.SplitAny(" :.-()/,\t"))
        {
            var word = after[range];
            if (word.IsEmpty)
            {
                continue;
            }

            return Kind(word, WordKind.None);
        }

        return WordKind.None;
    }

    private static WordKind Kind(ReadOnlySpan<char> word, WordKind current)
    {
        if (word.IsEmpty)
        {
            return current;
        }

        var kind = Lexicon.Lookup(word);
        return (kind & WordKind.FaxLabel) != 0 ? WordKind.FaxLabel
            : (kind & WordKind.MobileLabel) != 0 ? WordKind.MobileLabel
            : (kind & WordKind.HomeLabel) != 0 ? WordKind.HomeLabel
            : (kind & WordKind.Switchboard) != 0 ? WordKind.Switchboard
            : (kind & WordKind.Direct) != 0 ? WordKind.Direct
            : (kind & (WordKind.PhoneLabel | WordKind.EmailLabel)) != 0 ? WordKind.PhoneLabel
            : current;
    }

    /// <summary>Company registration and tax numbers are written like phone numbers; their labels give them away.</summary>
    private static bool IsReference(ReadOnlySpan<char> before)
    {
        foreach (var marker in (ReadOnlySpan<string>)["SIRET", "SIREN", "RCS", "TVA", "APE", "NAF", "capital", "N°", "n°", "Réf", "Ref", "IBAN", "VAT", "EIN"])
        {
            if (before.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
