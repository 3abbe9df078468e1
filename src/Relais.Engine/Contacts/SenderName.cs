using System.Text.RegularExpressions;

namespace Relais.Engine.Contacts;

/// <summary>
/// What the From header says about the sender's name: the display name cleaned of the addresses,
/// "[mailto:...]" and "@NODE" debris mail systems leave in it, split into first and last name, plus
/// the lower-case tokens (display name and address local parts) that signature lines are matched on.
/// </summary>
internal sealed partial class SenderName
{
    public static readonly SenderName Unknown = new([], null, null, null, null, null);

    private SenderName(string[] tokens, string? first, string? middle, string? last, string? address, string? display)
    {
        Tokens = tokens;
        Initials = MakeInitials(first, middle, last);
        First = first;
        Middle = middle;
        Last = last;
        Address = address;
        Display = display;
    }

    /// <summary>Lower-case name tokens of two letters or more.</summary>
    public string[] Tokens { get; }

    public string? First { get; }
    public string? Middle { get; }
    public string? Last { get; }

    /// <summary>The sender's real address: one embedded in the display name wins over a rewritten header address.</summary>
    public string? Address { get; }

    /// <summary>The display name as a person would write it ("Diane H. Cook"), or null.</summary>
    public string? Display { get; }

    // The pipeline asks twice for the same sender (signature, then contact fields): remember the last one per thread.
    [ThreadStatic]
    private static (Sender? From, SenderName? Name) _last;

    public static SenderName Parse(Sender? from)
    {
        if (from is null)
        {
            return Unknown;
        }

        if (ReferenceEquals(_last.From, from) && _last.Name is { } cached)
        {
            return cached;
        }

        var parsed = ParseNew(from);
        _last = (from, parsed);
        return parsed;
    }

    private static SenderName ParseNew(Sender from)
    {
        var raw = from.Name ?? "";
        var embedded = EmbeddedAddress().Match(raw);
        var address = embedded.Success ? embedded.Value.ToLowerInvariant() : from.Email;
        var cleaned = Debris().Replace(raw, " ");
        // Apostrophes quote a display name ('Jean Dupont') or belong to it (O'Connell, d'Aubigny): trimmed, never split on.
        var words = cleaned.Split([' ', '"', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('\'')).Where(w => w.Length > 0).ToArray();
        var looksLikeName = words.Length is > 0 and <= 5 && !words.Any(w => w.Any(char.IsDigit));
        var (first, middle, last) = looksLikeName ? Order(raw, cleaned, words, address) : (null, null, null);
        var tokens = new List<string>();
        foreach (var w in words)
        {
            AddToken(tokens, w);
        }

        foreach (var part in LocalParts(from.Email).Concat(LocalParts(address)))
        {
            AddToken(tokens, part);
        }

        // "dkoya", "grahamk": an initial glued to the family name.
        var pieces = LocalParts(address).ToArray();
        if (pieces.Length == 1 && pieces[0].Length >= 5)
        {
            AddToken(tokens, pieces[0][1..]);
            AddToken(tokens, pieces[0][..^1]);
        }

        var initial = middle is { Length: 1 } ? middle + "." : middle;
        var display = first is null && last is null ? null : string.Join(' ', new[] { first, initial, last }.Where(x => x is not null));
        return new SenderName([.. tokens.Distinct(StringComparer.Ordinal)], first, middle, last, address, display);
    }

    /// <summary>Initials of first (middle) last in lower case: "bt", "dhc".</summary>
    public string[] Initials { get; }

    /// <summary>Whether a signed word is one of the sender's names, a short form of the first name, or the initials.</summary>
    public bool IsName(ReadOnlySpan<char> word)
    {
        foreach (var t in Tokens)
        {
            if (word.Equals(t, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return Nicknames.Matches(word, First);
    }

    public bool IsInitials(ReadOnlySpan<char> word)
    {
        foreach (var i in Initials)
        {
            if (word.Equals(i, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] MakeInitials(string? first, string? middle, string? last)
    {
        if (first is null || last is null)
        {
            return [];
        }

        var two = string.Concat(char.ToLowerInvariant(first[0]), char.ToLowerInvariant(last[0]));
        return middle is null ? [two] : [two, string.Concat(two[..1], char.ToLowerInvariant(middle[0]).ToString(), two[1..])];
    }

    private static (string? First, string? Middle, string? Last) Order(string raw, string cleaned, string[] words, string? address)
    {
        var names = words.Select(w => w.Trim(',', '.', ';')).Where(w => w.Length > 0 && char.IsLetter(w[0])).ToArray();
        if (names.Length == 0)
        {
            return (null, null, null);
        }

        if (names.Length == 1)
        {
            return Lexicon.Is(names[0], WordKind.FirstName) ? (Proper(names[0]), null, null) : (null, null, Proper(names[0]));
        }

        // The address local part ("diane.h.cook") tells the order when the display name is "Cook  Diane H.".
        var local = LocalParts(address).ToArray();
        if (local.Length >= 2)
        {
            var fi = Array.FindIndex(names, n => n.Equals(local[0], StringComparison.OrdinalIgnoreCase));
            var li = Array.FindIndex(names, n => n.Equals(local[^1], StringComparison.OrdinalIgnoreCase));
            if (fi >= 0 && li >= 0 && fi != li)
            {
                var middle = names.Where((_, i) => i != fi && i != li).FirstOrDefault();
                return (Proper(names[fi]), middle is null ? null : Proper(middle), Proper(names[li]));
            }
        }

        var comma = cleaned.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var lastPart = Words(cleaned[..comma]);
            var firstPart = Words(cleaned[(comma + 1)..]);
            if (lastPart.Length > 0 && firstPart.Length > 0)
            {
                return (Proper(firstPart[0]), firstPart.Length > 1 ? Proper(firstPart[1]) : null, ProperAll(lastPart));
            }
        }

        // "DUPONT Jean": the capitalised word is the family name.
        var upper = Array.FindIndex(names, n => n.Length > 1 && n.All(c => !char.IsLetter(c) || char.IsUpper(c)));
        if (upper >= 0 && names.Any(n => n.Any(char.IsLower)))
        {
            var lastWords = names.Where(n => n.All(c => !char.IsLetter(c) || char.IsUpper(c))).ToArray();
            var firstWords = names.Where(n => n.Any(char.IsLower)).ToArray();
            return (Proper(firstWords[0]), null, ProperAll(lastWords));
        }

        // Exchange's "Last  First M." keeps two spaces after the family name (in the name as sent, not left by removed debris).
        var doubleSpace = cleaned.Trim().IndexOf("  ", StringComparison.Ordinal);
        if (doubleSpace > 0 && names.Length <= 3 && raw.Contains("  ", StringComparison.Ordinal))
        {
            var t = cleaned.Trim();
            var lastPart = Words(t[..doubleSpace]);
            var firstPart = Words(t[doubleSpace..]);
            if (lastPart.Length == 1 && firstPart.Length >= 1)
            {
                return (Proper(firstPart[0]), firstPart.Length > 1 ? Proper(firstPart[1]) : null, Proper(lastPart[0]));
            }
        }

        var lastStart = names.Length - 1;
        while (lastStart > 1 && Lexicon.Is(names[lastStart - 1], WordKind.Particle))
        {
            lastStart--;
        }

        var mid = lastStart > 1 ? Proper(names[1]) : null;
        return (Proper(names[0]), mid, ProperAll(names[lastStart..]));
    }

    private static string[] Words(string s) =>
        s.Split([' ', '"', '\t', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('\'')).Where(w => w.Length > 0 && char.IsLetter(w[0])).ToArray();

    private static string ProperAll(string[] words) => string.Join(' ', words.Select(Proper));

    /// <summary>
    /// "DUPONT" -> "Dupont", "jean-pierre" -> "Jean-Pierre", "D'AUBIGNY" -> "d'Aubigny"; nobiliary particles stay
    /// lower-case but the article of a Breton or Norman name does not ("LE GOFF" -> "Le Goff"); mixed case is kept as written.
    /// </summary>
    public static string Proper(string word)
    {
        var w = word.Trim(',', ';', '"');
        if (w.Any(char.IsLower) && w.Any(char.IsUpper))
        {
            return w;
        }

        if (w.Length > 3 && w[0] is 'd' or 'D' && w[1] is '\'' or '\u2019')
        {
            return "d'" + Proper(w[2..]);
        }

        if (Lexicon.Is(w, WordKind.Particle) && w.Length <= 3)
        {
            var article = w.Equals("le", StringComparison.OrdinalIgnoreCase) || w.Equals("la", StringComparison.OrdinalIgnoreCase);
            return article && w.Any(char.IsUpper) ? char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant() : w.ToLowerInvariant();
        }

        var chars = w.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or '\'' or '’')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    private static void AddToken(List<string> tokens, string word)
    {
        var w = word.Trim(',', '.', ';', ':', '(', ')', '\'').Replace('\u2019', '\'');
        foreach (var part in w.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length >= 2 && part.All(c => char.IsLetter(c) || c == '\''))
            {
                // "O'Connell" as written, and "Connell" as a signature may split it.
                tokens.Add(part.ToLowerInvariant());
                var apostrophe = part.LastIndexOf('\'');
                if (apostrophe >= 0 && part.Length - apostrophe > 2)
                {
                    tokens.Add(part[(apostrophe + 1)..].ToLowerInvariant());
                }
            }
        }
    }

    private static IEnumerable<string> LocalParts(string? address)
    {
        if (address is null)
        {
            return [];
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        var local = at < 0 ? address : address[..at];
        return local.Split(['.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 2 && p.All(char.IsLetter));
    }

    [GeneratedRegex(@"[\w.+'-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex EmbeddedAddress();

    // "<addr>", "[mailto:addr]", "(Legal)", "@ECT" and "@ENRON" node names, bare addresses.
    [GeneratedRegex(@"<[^>]*>|\[[^\]]*\]|\([^)]*\)|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|@\w+|\b(?:mailto:|IMCEANOTES-)\S*", RegexOptions.IgnoreCase)]
    private static partial Regex Debris();
}
