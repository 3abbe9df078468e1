using System.Collections.Frozen;
using System.Reflection;

namespace Relais.Engine.Contacts;

/// <summary>
/// The French and English word lists (embedded <c>lexicon.txt</c>), looked up by span without allocating.
/// </summary>
internal static class Lexicon
{
    private static readonly FrozenDictionary<string, WordKind> Words;
    private static readonly FrozenDictionary<string, WordKind>.AlternateLookup<ReadOnlySpan<char>> WordLookup;

    /// <summary>Whole sign-off phrases, lower-case, words joined by one space.</summary>
    public static readonly FrozenSet<string> ClosingPhrases;

    /// <summary>First words of the sign-off phrases: a line starting otherwise is no sign-off.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosingStarters;

    /// <summary>Free-mail domains: they name no organisation.</summary>
    public static readonly FrozenSet<string> FreeMailDomains;

    static Lexicon()
    {
        var words = new Dictionary<string, WordKind>(StringComparer.OrdinalIgnoreCase);
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        var freeMail = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var starters = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (section, line) in Read())
        {
            if (section == "closing_phrase")
            {
                phrases.Add(line.ToLowerInvariant());
                starters.Add(line.Split(' ')[0].ToLowerInvariant());
                continue;
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (section == "freemail")
                {
                    freeMail.Add(word);
                }
                else if (Kind(section) is var kind && kind != WordKind.None)
                {
                    // Hyphens join multi-word entries such as "new-york" so that they stay one list item.
                    var key = word.Trim('.');
                    words[key] = words.GetValueOrDefault(key) | kind;
                }
            }
        }

        Words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        ClosingPhrases = phrases.ToFrozenSet(StringComparer.Ordinal);
        ClosingStarters = starters.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        FreeMailDomains = freeMail.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The kinds of a word, looked up without its leading and trailing dots ("Inc." and "S.A." as "inc" and "s.a").</summary>
    public static WordKind Lookup(ReadOnlySpan<char> word) =>
        WordLookup.TryGetValue(word.Trim('.'), out var kind) ? kind : WordKind.None;

    public static bool Is(ReadOnlySpan<char> word, WordKind kind) => (Lookup(word) & kind) != 0;

    private static WordKind Kind(string section) => section switch
    {
        "stop" => WordKind.Stop,
        "closing" => WordKind.Closing,
        "greeting" => WordKind.Greeting,
        "title" => WordKind.Title,
        "title_modifier" => WordKind.TitleModifier,
        "company" => WordKind.Company,
        "department" => WordKind.Department,
        "street" => WordKind.Street,
        "postbox" => WordKind.PostBox,
        "phone_label" => WordKind.PhoneLabel,
        "mobile_label" => WordKind.MobileLabel,
        "fax_label" => WordKind.FaxLabel,
        "email_label" => WordKind.EmailLabel,
        "home_label" => WordKind.HomeLabel,
        "particle" => WordKind.Particle,
        "disclaimer" => WordKind.Disclaimer,
        "tagline" => WordKind.Tagline,
        "state" => WordKind.State,
        "country" => WordKind.Country,
        "first" => WordKind.FirstName,
        "function" => WordKind.Function,
        "switchboard_label" => WordKind.Switchboard | WordKind.PhoneLabel,
        "honorific" => WordKind.Honorific,
        "credential" => WordKind.Credential,
        "direct_label" => WordKind.Direct | WordKind.PhoneLabel,
        _ => WordKind.None,
    };

    private static IEnumerable<(string Section, string Line)> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Relais.Engine.Contacts.lexicon.txt")
            ?? throw new InvalidOperationException("lexicon.txt is not embedded in the engine assembly.");
        using var reader = new StreamReader(stream);
        var section = "";
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                section = line[1..^1];
                continue;
            }

            yield return (section, line);
        }
    }
}
