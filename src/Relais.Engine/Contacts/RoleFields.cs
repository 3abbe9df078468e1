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

    /// <param name="cells">The signature's cells.</param>
    /// <param name="name">The signed name, if found.</param>
    /// <param name="address">The postal address, if found.</param>
    /// <param name="domain">The pieces of the sender's domain name (<see cref="DomainMatch.Pieces"/>).</param>
    public static (FieldValue? Title, FieldValue? Company) Find(IReadOnlyList<SignatureCell> cells, NameMatch? name, AddressMatch? address, string[] domain)
    {
        var nameCell = name?.Cell ?? -1;
        FieldValue? title = null;
        FieldValue? company = null;
        FieldValue? department = null;
        string? leftover = null;
        var registry = cells.Where(c => RegistryFooter.Is(c.Text)).Select(c => c.Line).ToHashSet();
        foreach (var (cell, index) in Candidates(cells, name, address, registry))
        {
            var parts = Parts(index == nameCell ? name!.Rest! : cell.Text, domain).ToArray();
            for (var p = 0; p < parts.Length; p++)
            {
                var part = parts[p];
                var kind = Classify(part, domain, out var strength);
                if (p > 0 && (IsAcronym(part) || (kind == Role.Unknown && !part.Contains(' ', StringComparison.Ordinal))))
                {
                    (kind, strength) = (Role.Company, 0.75);
                }

                if (kind == Role.Title && title is null)
                {
                    title = new FieldValue(part, strength, FieldSource.Signature);
                }
                else if (kind == Role.Company && (company is null || Rank(strength) > Rank(company.Confidence)))
                {
                    // A legal name outranks the line that spells the sender's domain, which outranks a line with company words.
                    company = new FieldValue(part, strength, FieldSource.Signature);
                }
                else if (kind == Role.Department && department is null)
                {
                    department = new FieldValue(part, 0.6, FieldSource.Signature);
                }
                else if (kind == Role.Unknown && leftover is null && index <= nameCell + 3 && nameCell >= 0
                    && !cell.Has(LineFlags.NameOnly | LineFlags.Initials) && !(cell.Has(LineFlags.FirstNameWord) && cell.Info.Words <= 2)
                    && !part.Any(char.IsDigit))
                {
                    leftover = part;
                }
            }
        }

        // A plain capitalised line under the name and title is most often the employer ("Enron", "Helios Gestion").
        company ??= leftover is null ? null : new FieldValue(leftover, 0.6, FieldSource.Signature);
        company ??= RegistryFooter.Name(cells, registry);
        return (title ?? department, company);
    }

    private static IEnumerable<(SignatureCell Cell, int Index)> Candidates(IReadOnlyList<SignatureCell> cells, NameMatch? name, AddressMatch? address, HashSet<int> registry)
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

            if (i == nameCell || inAddress || registry.Contains(cell.Line) || (cell.Has(LineFlags.Sentence) && !IsHeading(cell))
                || cell.Has(LineFlags.ClosingExact | LineFlags.ClosingThenName | LineFlags.Separator | LineFlags.Tagline | LineFlags.Disclaimer | LineFlags.PostScript | LineFlags.Email | LineFlags.Url | LineFlags.Phone
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
    /// <summary>
    /// "Directeur de la gestion de fortune", "Alliance Mutuelle du Val de Loire": short lines that read like sentences to
    /// the word counts but are a title led by a role word, or a name whose every word but the short function words is capitalised.
    /// </summary>
    private static bool IsHeading(SignatureCell cell)
    {
        if (cell.Info.Words > 8 || cell.Has(LineFlags.EndsPeriod | LineFlags.EndsQuestion | LineFlags.EndsExclaim))
        {
            return false;
        }

        return cell.Has(LineFlags.TitleLead)
            || cell.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || (w.Length <= 3 && Lexicon.Is(w, WordKind.Stop | WordKind.Particle)));
    }

    private static IEnumerable<string> Parts(string text, string[] domain)
    {
        var t = text.Trim().TrimEnd(',', ';');
        if (Employer(t, domain) is { } at)
        {
            return [t[..at.Start].Trim(), t[at.End..].Trim()];
        }

        var (comma, width) = Separator(t);
        if (comma > 0 && !IsLegalFormTail(t[(comma + width)..]))
        {
            var head = t[..comma].Trim();
            var tail = t[(comma + width)..].Trim();
            var headKind = Classify(head, domain, out var headStrength);
            var tailKind = Classify(tail, domain, out var tailStrength);

            // A dash is looser than a comma ("Manager - Advisory Services" is one title): it splits only
            // a title from a company with a legal form ("Directrice générale - Kerlann Industrie SAS").
            if (width != 2)
            {
                var legalTail = tailKind == Role.Company && tailStrength >= Legal && headKind == Role.Title;
                var legalHead = headKind == Role.Company && headStrength >= Legal && tailKind == Role.Title;
                return legalTail || legalHead ? [head, tail] : [t];
            }

            // "VP, Business Development" keeps its function; "Conseiller en gestion de patrimoine, associé" its lower-case rider.
            if (tailKind is Role.Department or Role.None)
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

    private static Role Classify(string part, string[] domain, out double strength)
    {
        var words = part.Split([' ', ',', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        strength = 0;
        if (words.Length == 0 || words.Length > 8 || !part.Any(char.IsLetter))
        {
            return Role.None;
        }

        var legal = words.Any(w => Array.IndexOf(LegalForms, w.ToLowerInvariant()) >= 0 && (char.IsUpper(w[0]) || w.Length <= 4));
        // "Sales & Marketing", "Finance et Opérations": business functions joined, a qualifier of a title, not a firm.
        var functions = !legal && words.All(w => w == "&" || Lexicon.Is(w, WordKind.Function | WordKind.Department | WordKind.Stop));
        var company = !functions && (legal || part.Contains(" & ", StringComparison.Ordinal) || words.Any(w => char.IsUpper(w[0]) && Lexicon.Is(w, WordKind.Company)));
        // A title names a role ("Director", "Chargée"); business functions ("Legal", "Sales") only qualify one.
        var role = words.Any(w => IsRole(w) && !Lexicon.Is(w, WordKind.Company));
        var leadTitle = (IsRole(words[0]) || (Lexicon.Is(words[0], WordKind.TitleModifier) && words.Length > 1)) && char.IsUpper(words[0][0]);
        var title = role || (leadTitle && words.Skip(1).Any(w => Lexicon.Is(w, WordKind.Function | WordKind.Title)));

        // English titles end with the role ("Investment Analyst"), French ones start with it ("Gérant de portefeuille").
        var tailRole = IsRole(words[^1]) && !Lexicon.Is(words[^1], WordKind.Company);
        // Firms put no digits in their names: "Enron Building 3886" is an office.
        var domainNamed = !part.Any(char.IsDigit) && DomainMatch.Names(part, domain);
        if (legal)
        {
            strength = domainNamed ? LegalAndDomain : Legal;
            return Role.Company;
        }

        if (title && (leadTitle || tailRole || !company))
        {
            // A role word at the head of the title: 94 % right on quagga-enron, all right on the demo mailbox.
            strength = leadTitle || tailRole ? 0.93 : 0.85;
            return Role.Title;
        }

        if (domainNamed)
        {
            strength = DomainNamed;
            return Role.Company;
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

    /// <summary>
    /// "Managing Director of SPURR and CUB", "Analyst at Dynegy": a title, then " of " or " at " and a name that can only
    /// be an organisation (acronyms, or the sender's domain spelt); "Head of Fund Selection" keeps its function.
    /// </summary>
    private static Range? Employer(string t, string[] domain)
    {
        foreach (var joint in (ReadOnlySpan<string>)[" of ", " at ", " chez "])
        {
            var at = t.IndexOf(joint, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var tail = t[(at + joint.Length)..];
            var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var acronyms = words.Length > 0 && words.All(w => IsAcronym(w.Trim(',', '.')) || (w.Length <= 3 && Lexicon.Is(w, WordKind.Stop)));
            if ((acronyms || (!tail.Any(char.IsDigit) && DomainMatch.Names(tail, domain))) && Classify(t[..at], domain, out _) == Role.Title)
            {
                return new Range(at, at + joint.Length);
            }
        }

        return null;
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

    private const double DomainNamed = 0.93;
    private const double Legal = 0.92;
    private const double LegalAndDomain = 0.96;

    private static int Rank(double strength) => strength switch
    {
        LegalAndDomain or Legal => 3,
        DomainNamed => 2,
        _ => 1,
    };

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
