using System.Buffers;
using Relais.Engine.Signatures;

namespace Relais.Engine.Contacts;

/// <summary>
/// One field-sized piece of a signature line: lines are cut at pipes, tabs, bullets and wide gaps
/// ("Tél. : 01 44 55 66 77 | Port. : 06 11 22 33 44" is two cells), each described like a line.
/// </summary>
internal sealed record SignatureCell(string Text, LineInfo Info, int Line)
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create("|\t\u2022\u00B7\u25AA");

    public bool Has(LineFlags flag) => Info.Has(flag);

    public static List<SignatureCell> Split(IReadOnlyList<string> lines, SenderName sender)
    {
        var cells = new List<SignatureCell>();
        for (var i = 0; i < lines.Count && i < SignatureWindow.MaxLines; i++)
        {
            var line = lines[i].AsSpan().Trim().TrimStart("> ").Trim();
            if (line.Length > SignatureWindow.MaxChars)
            {
                line = line[..SignatureWindow.MaxChars];
            }

            foreach (var piece in Pieces(line))
            {
                var text = piece.ToString();
                cells.Add(new SignatureCell(text, LineScanner.Describe(text, i, sender, false, false), i));
            }
        }

        return cells;
    }

    private static List<string> Pieces(ReadOnlySpan<char> line)
    {
        var pieces = new List<string>();
        var from = 0;
        var search = 0;
        var fields = HoldsFields(line);
        while (search < line.Length)
        {
            var rest = line[search..];
            var cut = rest.IndexOfAny(Breaks);
            var gap = rest.IndexOf("   ", StringComparison.Ordinal);
            var star = rest.IndexOf(" * ", StringComparison.Ordinal);

            // Word and Outlook turn " - " into a spaced en dash, the common joint of "Titre – Société" and
            // "Tél : … – Fax : …"; a plain hyphen joins fields only on a line that holds a number or an address.
            var dash = Min(rest.IndexOf(" \u2013 ", StringComparison.Ordinal), rest.IndexOf(" \u2014 ", StringComparison.Ordinal));
            var hyphen = fields ? rest.IndexOf(" - ", StringComparison.Ordinal) : -1;
            var at = Min(Min(Min(cut, gap), star), Min(dash, hyphen));
            if (at < 0)
            {
                break;
            }

            var dashed = at == dash || at == hyphen;
            at += search;
            var piece = line[from..at].Trim();

            // "Phone:     713-345-8897", "Fax - 713.345.8100": a wide gap or a dash after a label keeps the label with its value;
            // "(703) 934 - 3547": a dash between digits is inside a number.
            var labelled = piece.IsEmpty || piece[^1] is ':' or '-' || (piece.Length <= 2 && char.IsLetter(piece[0])) || IsLabel(piece);
            var inNumber = at == search + hyphen && char.IsAsciiDigit(line[at - 1]) && at + 3 < line.Length && char.IsAsciiDigit(line[at + 3]);
            if ((at == search + gap || dashed) && (labelled || inNumber))
            {
                search = at + 3;
                continue;
            }

            Add(pieces, piece);
            from = at + 1;
            while (from < line.Length && line[from] is ' ' or '|' or '*' or '\t' or '\u2022' or '\u00B7' or '-' or '\u2013' or '\u2014')
            {
                from++;
            }

            search = from;
        }

        Add(pieces, line[from..].Trim());
        return pieces;
    }

    private static void Add(List<string> pieces, ReadOnlySpan<char> piece)
    {
        if (!piece.IsEmpty)
        {
            pieces.Add(piece.ToString());
        }
    }

    private static bool IsLabel(ReadOnlySpan<char> piece) =>
        piece.IndexOf(' ') < 0 && (Lexicon.Lookup(piece.TrimEnd(".:")) & (WordKind.PhoneLabel | WordKind.MobileLabel | WordKind.FaxLabel | WordKind.EmailLabel | WordKind.HomeLabel)) != 0;

    private static bool HoldsFields(ReadOnlySpan<char> line)
    {
        var digits = 0;
        foreach (var c in line)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits >= 7 || line.Contains('@');
    }

    private static int Min(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);
}
