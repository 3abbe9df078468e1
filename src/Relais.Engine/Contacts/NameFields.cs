using Relais.Engine.Signatures;

namespace Relais.Engine.Contacts;

/// <summary>The person's name as found: full name as written, first and last name, and which cell held it.</summary>
/// <param name="Full">The full name as written.</param>
/// <param name="First">Given name.</param>
/// <param name="Last">Family name.</param>
/// <param name="Confidence">Confidence of the full name.</param>
/// <param name="PartsConfidence">Confidence of the first and last names (a signed "Kim" is a sure first name but a poor full name).</param>
/// <param name="Source">Signature or header.</param>
/// <param name="Cell">Index of the cell holding the name, -1 for the header.</param>
internal sealed record NameMatch(string Full, string? First, string? Last, double Confidence, double PartsConfidence, FieldSource Source, int Cell)
{
    /// <summary>What follows the name on its line ("Chef de projet" in "Baptiste Renaud - Chef de projet"), or null.</summary>
    public string? Rest { get; init; }
}

/// <summary>
/// Finds the signed name among the first cells of the signature (after the sign-off), checks it against
/// the From header, and splits it: "DUPONT Jean" -> Jean / Dupont, "Anne de La Roche" -> Anne / de La Roche,
/// "John D. Martin" -> John / Martin. Falls back to the display name when the signature has none.
/// </summary>
internal static class NameFields
{
    private const int CellsExamined = 4;

    public static NameMatch? Find(IReadOnlyList<SignatureCell> cells, SenderName sender)
    {
        var examined = 0;
        for (var i = 0; i < cells.Count && examined < CellsExamined; i++)
        {
            var cell = cells[i];
            if (cell.Has(LineFlags.ClosingExact | LineFlags.Separator | LineFlags.Tagline))
            {
                continue;
            }

            examined++;
            if (cell.Has(LineFlags.Phone | LineFlags.Email | LineFlags.Url | LineFlags.Street | LineFlags.ZipCode | LineFlags.Sentence))
            {
                continue;
            }

            var (words, rest) = NameWords(cell);
            if (words.Length == 0)
            {
                continue;
            }

            var matched = words.Count(w => sender.IsName(w.TrimEnd('.')) || sender.IsInitials(w));
            var vocabulary = cell.Has(LineFlags.TitleWord | LineFlags.TitleLead | LineFlags.CompanyWord | LineFlags.DepartmentWord);
            if (matched == 0 && (vocabulary || !words.Any(w => Lexicon.Is(w, WordKind.FirstName)) && words.Length < 2))
            {
                continue;
            }

            if (words.Length == 1 && !IsWord(words[0]))
            {
                continue;
            }

            // "Nicki" then "Nicki Daw" (after a "--" maybe): the fuller line below the sign-off name is the name.
            var below = i + 1;
            while (below < cells.Count && cells[below].Has(LineFlags.Separator))
            {
                below++;
            }

            if (words.Length == 1 && below < cells.Count && NameWords(cells[below]) is { Words.Length: > 1 } fuller
                && fuller.Words.Any(w => w.Equals(words[0], StringComparison.OrdinalIgnoreCase) || Nicknames.Matches(words[0], w)))
            {
                return Split(fuller.Words, sender, fuller.Words.Count(w => sender.IsName(w.TrimEnd('.'))), below) with { Rest = fuller.Tail };
            }

            return Split(words, sender, matched, i) with { Rest = rest };
        }

        return FromHeader(sender);
    }

    /// <summary>The display name when it holds a first and a last name.</summary>
    public static NameMatch? FromHeader(SenderName sender) =>
        sender.First is not null && sender.Last is not null && sender.Display is not null
            ? new NameMatch(sender.Display, sender.First, sender.Last, 0.85, 0.85, FieldSource.Header, -1)
            : null;

    private static NameMatch Split(string[] words, SenderName sender, int matched, int cell)
    {
        var confidence = matched == words.Length ? 0.95 : matched > 0 ? 0.9 : sender.Tokens.Length == 0 ? 0.85 : 0.6;
        if (words.Length == 1)
        {
            // A first name alone, as written: a sure first name, a poor full name; the display name gives the family name when it agrees.
            if (matched > 0 && FromHeader(sender) is { } header)
            {
                return new NameMatch(words[0], header.First, header.Last, 0.4, 0.9, FieldSource.Signature, cell);
            }

            return new NameMatch(words[0], SenderName.Proper(words[0]), null, 0.4, confidence - 0.1, FieldSource.Signature, cell);
        }

        var full = string.Join(' ', words);
        var names = words.Where(w => !IsInitial(w)).ToArray();
        var upper = Array.FindAll(names, IsUpper);
        if (upper.Length > 0 && upper.Length < names.Length)
        {
            // "DUPONT Jean", "de MONTCLAIR Antoine": the capitalised words and the particles before them are the family name.
            var family = names.Select((w, i) => IsUpper(w) || (IsParticle(w) && i + 1 < names.Length && IsUpper(names[i + 1]))).ToArray();
            var given = names.Where((_, i) => !family[i]).ToArray();
            if (given.Length > 0)
            {
                var last = string.Join(' ', names.Where((_, i) => family[i]).Select(SenderName.Proper));
                return new NameMatch(full, string.Join(' ', given.Select(SenderName.Proper)), last, confidence, confidence, FieldSource.Signature, cell);
            }
        }

        if (names.Length == 1)
        {
            return new NameMatch(full, SenderName.Proper(names[0]), null, confidence - 0.1, confidence - 0.1, FieldSource.Signature, cell);
        }

        var lastStart = names.Length - 1;
        while (lastStart > 1 && Lexicon.Is(names[lastStart - 1], WordKind.Particle))
        {
            lastStart--;
        }

        // Display "Meyers, Bert" signed "Meyers Bert": the header tells which word is the family name.
        if (sender.Last is not null && names[0].Equals(sender.Last, StringComparison.OrdinalIgnoreCase) && names.Length == 2)
        {
            return new NameMatch(full, SenderName.Proper(names[1]), SenderName.Proper(names[0]), confidence, confidence, FieldSource.Signature, cell);
        }

        return new NameMatch(full, SenderName.Proper(names[0]), string.Join(' ', names[lastStart..].Select(SenderName.Proper)), confidence, confidence, FieldSource.Signature, cell);
    }

    /// <summary>
    /// The words of a cell if it reads as a name (after any sign-off and credentials), else empty; with what
    /// follows the name after a dash or comma ("Baptiste Renaud - Chef de projet").
    /// </summary>
    private static (string[] Words, string? Tail) NameWords(SignatureCell cell)
    {
        var text = cell.Text.AsSpan().Trim();
        if (cell.Has(LineFlags.ClosingThenName | LineFlags.ClosingStart))
        {
            var skip = Closings.Match(text);
            var seen = 0;
            var i = 0;
            while (i < text.Length && seen < skip)
            {
                while (i < text.Length && !char.IsLetter(text[i]))
                {
                    i++;
                }

                while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '&'))
                {
                    i++;
                }

                seen++;
            }

            text = text[i..];
        }

        text = text.Trim().Trim("-–,.;: ").Trim();
        var comma = text.IndexOf(',');
        string? rest = null;
        if (comma > 0 && IsCredentials(text[(comma + 1)..]))
        {
            text = text[..comma];
        }
        else if (RoleFields.Separator(text.ToString()) is ({ } at, var width) && at > 0 && cell.Has(LineFlags.TitleWord | LineFlags.CompanyWord))
        {
            rest = text[(at + width)..].Trim().ToString();
            text = text[..at];
        }

        var words = Bare(text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words.Length is 0 or > 4)
        {
            return ([], null);
        }

        foreach (var w in words)
        {
            var particle = Lexicon.Is(w, WordKind.Particle) || IsElided(w);
            if (!(char.IsUpper(w[0]) || particle) || w.Any(c => !(char.IsLetter(c) || c is '.' or '-' or '\'' or '\u2019')))
            {
                return ([], null);
            }

            if (!particle && !IsInitial(w) && Lexicon.Is(w.TrimEnd('.'), WordKind.Stop | WordKind.Closing | WordKind.Greeting))
            {
                return ([], null);
            }
        }

        return (words, rest);
    }

    /// <summary>The name without a civility before it ("Dr", "Mme", "Me") or letters after it ("CFA", "PhD", "Jr.").</summary>
    private static string[] Bare(string[] words)
    {
        var start = words.Length > 1 && char.IsUpper(words[0][0]) && Lexicon.Is(words[0].TrimEnd('.'), WordKind.Honorific) ? 1 : 0;
        var end = words.Length;
        while (end - start > 1 && Lexicon.Is(words[end - 1].Trim(',', '.'), WordKind.Credential) && !words[end - 1].Any(char.IsDigit))
        {
            end--;
        }

        if (end < words.Length)
        {
            words[end - 1] = words[end - 1].TrimEnd(',');
        }

        return words[start..end];
    }

    private static bool IsCredentials(ReadOnlySpan<char> rest)
    {
        foreach (var range in rest.SplitAny(" ,"))
        {
            var w = rest[range].Trim('.');
            if (!w.IsEmpty && !(IsUpper(w.ToString()) && w.Length <= 5) && !Lexicon.Is(w, WordKind.Credential))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsParticle(string w) => w.Length <= 3 && Lexicon.Is(w, WordKind.Particle);

    /// <summary>"d'Aubigny": an elided particle glued to a capitalised name.</summary>
    private static bool IsElided(string w) => w.Length > 3 && w[0] is 'd' or 'D' && w[1] is '\'' or '\u2019' && char.IsUpper(w[2]);

    private static bool IsWord(string w) => w.Count(char.IsLetter) >= 2 && !(IsUpper(w) && w.Length <= 3);

    private static bool IsInitial(string w) => w.TrimEnd('.').Length == 1;

    private static bool IsUpper(string w) => w.Count(char.IsLetter) >= 2 && !w.Any(char.IsLower);
}
