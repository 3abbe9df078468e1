using Relais.Engine.Signatures;

namespace Relais.Engine.Contacts;

/// <summary>Job title and company read from the signature lines that are neither name, address nor contact details.</summary>
internal static class RoleFields
{
    private static readonly string[] LegalForms =
    [
        "inc", "inc.", "corp", "corp.", "corporation", "llc", "l.l.c.", "llp", "l.l.p.", "lp", "ltd", "ltd.", "limited", "plc", "gmbh", "ag", "sa", "s.a.",
        "sas", "s.a.s.", "sarl", "s.a.r.l.", "sasu", "eurl", "sci", "snc", "bv", "nv", "spa", "srl", "co.", "company", "group", "groupe",
    ];

    public static (FieldValue? Title, FieldValue? Company) Find(IReadOnlyList<SignatureCell> cells, NameMatch? name, AddressMatch? address)
    {
        var nameCell = name?.Cell ?? -1;
        FieldValue? title = null;
        FieldValue? company = null;
        FieldValue? department = null;
        string? leftover = null;
        foreach (var (cell, index) in Candidates(cells, name, address))
        {
            var parts = Parts(index == nameCell ? name!.Rest! : cell.Text).ToArray();
            for (var p = 0; p < parts.Length; p++)
            {
                var part = parts[p];
                var kind = Classify(part, out var strength);
                if (p > 0 && (IsAcronym(part) || (kind == Role.Unknown && !part.Contains(' ', StringComparison.Ordinal))))
                {
                    (kind, strength) = (Role.Company, 0.75);
                }

                if (kind == Role.Title && title is null)
                {
                    title = new FieldValue(part, strength, FieldSource.Signature);
                }
                else if (kind == Role.Company && company is null)
                {
                    company = new FieldValue(part, strength, FieldSource.Signature);
                }
                else if (kind == Role.Department && department is null)
                {
                    department = new FieldValue(part, 0.6, FieldSource.Signature);
                }
                else if (kind == Role.Unknown && leftover is null && index <= nameCell + 3 && nameCell >= 0
                    && !cell.Has(LineFlags.NameAny | LineFlags.FirstNameWord | LineFlags.Initials) && !part.Any(char.IsDigit))
                {
                    leftover = part;
                }
            }
        }

        // A plain capitalised line under the name and title is most often the employer ("Enron", "Helios Gestion").
        company ??= leftover is null ? null : new FieldValue(leftover, 0.6, FieldSource.Signature);
        return (title ?? department, company);
    }

    private static IEnumerable<(SignatureCell Cell, int Index)> Candidates(IReadOnlyList<SignatureCell> cells, NameMatch? name, AddressMatch? address)
    {
        var nameCell = name?.Cell ?? -1;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var inAddress = address is not null && cell.Line >= address.FirstLine && cell.Line <= address.LastLine;
            if (i == nameCell && name!.Rest is not null)
            {
                // "Baptiste Renaud - Chef de projet": what follows the name on its line.
                yield return (cell, i);
                continue;
            }

            if (i == nameCell || inAddress || cell.Has(LineFlags.ClosingExact | LineFlags.ClosingThenName | LineFlags.Separator | LineFlags.Tagline
                | LineFlags.Sentence | LineFlags.Disclaimer | LineFlags.PostScript | LineFlags.Email | LineFlags.Url | LineFlags.Phone
                | LineFlags.Extension | LineFlags.Street | LineFlags.ZipCode | LineFlags.PostBox | LineFlags.Attachment | LineFlags.Quoted))
            {
                continue;
            }

            if (i < nameCell && !cell.Has(LineFlags.TitleWord | LineFlags.TitleLead | LineFlags.CompanyWord))
            {
                continue;
            }

            yield return (cell, i);
        }
    }

    /// <summary>"Senior Counsel, ENA" is a title and a company; "VP, Business Development" stays one title.</summary>
    private static IEnumerable<string> Parts(string text)
    {
        var t = text.Trim().TrimEnd(',', ';');
        var (comma, width) = Separator(t);
        if (comma > 0 && !IsLegalFormTail(t[(comma + width)..]))
        {
            var head = t[..comma].Trim();
            var tail = t[(comma + width)..].Trim();
            var headKind = Classify(head, out var headStrength);
            var tailKind = Classify(tail, out var tailStrength);

            // A dash is looser than a comma ("Manager - Advisory Services" is one title): it splits only
            // a title from a company with a legal form ("Directrice générale - Kerlann Industrie SAS").
            if (width != 2)
            {
                var legalTail = tailKind == Role.Company && tailStrength >= 0.92 && headKind == Role.Title;
                var legalHead = headKind == Role.Company && headStrength >= 0.92 && tailKind == Role.Title;
                return legalTail || legalHead ? [head, tail] : [t];
            }

            if (tailKind == Role.Department)
            {
                return [t];
            }

            if (headKind != tailKind && headKind != Role.Unknown && tailKind != Role.Unknown)
            {
                return [head, tail];
            }

            // "Senior Counsel, ENA", "CEO, FairAir": a plain name after a title is the employer;
            // "Vice President, Sales" keeps its function.
            if (headKind == Role.Title && (IsAcronym(tail) || (tailKind == Role.Unknown && !tail.Contains(' ', StringComparison.Ordinal))))
            {
                return [head, tail];
            }
        }

        return [t];
    }

    private static Role Classify(string part, out double strength)
    {
        var words = part.Split([' ', ',', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        strength = 0;
        if (words.Length == 0 || words.Length > 8 || !part.Any(char.IsLetter))
        {
            return Role.None;
        }

        var legal = words.Any(w => Array.IndexOf(LegalForms, w.ToLowerInvariant()) >= 0 && (char.IsUpper(w[0]) || w.Length <= 4));
        var company = legal || part.Contains(" & ", StringComparison.Ordinal) || words.Any(w => char.IsUpper(w[0]) && Lexicon.Is(w, WordKind.Company));
        // A title names a role ("Director", "Chargée"); business functions ("Legal", "Sales") only qualify one.
        var role = words.Any(w => IsRole(w) && !Lexicon.Is(w, WordKind.Company));
        var leadTitle = (IsRole(words[0]) || (Lexicon.Is(words[0], WordKind.TitleModifier) && words.Length > 1)) && char.IsUpper(words[0][0]);
        var title = role || (leadTitle && words.Skip(1).Any(w => Lexicon.Is(w, WordKind.Function | WordKind.Title)));
        if (legal)
        {
            strength = 0.92;
            return Role.Company;
        }

        if (title && (leadTitle || !company))
        {
            strength = leadTitle ? 0.9 : 0.85;
            return Role.Title;
        }

        if (company)
        {
            strength = 0.85;
            return Role.Company;
        }

        if (words.Any(w => char.IsUpper(w[0]) && Lexicon.Is(w, WordKind.Department | WordKind.Function)))
        {
            return Role.Department;
        }

        return words.All(w => char.IsUpper(w[0]) || Lexicon.Is(w, WordKind.Stop)) && words.Length <= 5 ? Role.Unknown : Role.None;
    }

    /// <summary>Where a line joins two fields: ", ", " - ", " – " or " / " (the first one found), and its width.</summary>
    public static (int At, int Width) Separator(string t)
    {
        foreach (var separator in (ReadOnlySpan<string>)[", ", " - ", " \u2013 ", " / "])
        {
            var at = t.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return (at, separator.Length);
            }
        }

        return (-1, 0);
    }

    private static bool IsRole(string word) =>
        char.IsUpper(word[0]) && Lexicon.Is(word, WordKind.Title) && !Lexicon.Is(word, WordKind.Function);

    private static bool IsLegalFormTail(string tail) => Array.IndexOf(LegalForms, tail.Trim().TrimEnd(',').ToLowerInvariant()) >= 0;

    private static bool IsAcronym(string s) => s.Length is >= 2 and <= 6 && s.All(c => char.IsUpper(c) || c == '&');

    private enum Role
    {
        None,
        Unknown,
        Title,
        Company,
        Department,
    }
}
