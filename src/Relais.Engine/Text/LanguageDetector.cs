using System.Collections.Frozen;

namespace Relais.Engine.Text;

/// <summary>
/// The language of the sender's own text (ISO 639-1) from stopword counts and a few diacritics:
/// French, English, German, Spanish, Italian, Dutch. Null when the text is too short or no language
/// clearly leads: unknown means unknown. Looks at the first few thousand characters only.
/// </summary>
internal static class LanguageDetector
{
    private const int MaxChars = 4000;
    private const int MaxWord = 24;
    private const int MinWords = 3;
    private const double MinScore = 2;
    private const double MinLead = 1.5;

    private static readonly string[] Codes = ["fr", "en", "de", "es", "it", "nl"];

    private static readonly string[] Stopwords =
    [
        "le la les un une des du de et est sont au aux en dans pour par sur avec ce cette ces qui que ne pas plus nous vous je tu il elle ils elles mon ma mes votre vos notre nos leur leurs se sa son ses ont été être avoir fait mais ou où donc car si très bien merci bonjour cordialement avez pouvez pourriez serait suis sommes êtes madame monsieur vers chez aussi comme tout tous avons peux",
        "the a an and is are was were be been to of in on for with at by from this that these those it its i you he she we they my your our their me us him her not no but or if so as do does did have has had will would can could should please thanks thank hi hello regards let know about which what when there here any just am",
        "der die das und ist sind nicht ich sie wir ein eine einen mit für auf dem den des zu von im bitte danke sehr gut haben hat wird werden auch noch oder aber wie was wenn ihr ihre ihnen uns mein meine dass es sich bei aus nach über grüße freundlichen sehr geehrte",
        "el la los las un una unos y es son que de del en por para con no se lo le su sus mi mis nuestro usted ustedes gracias hola muy pero como más este esta estos está están ser ha han al o si también cuando donde saludos favor estimado",
        "il lo la le gli un una e è sono che di del della dei in per con non si mi ti ci vi suo sua suoi nostro vostro grazie ciao molto ma come più questo questa ha hanno al alla o se anche quando dove saluti cordiali buongiorno gentile",
        "de het een en is zijn niet ik je jij u wij we ze van in op voor met aan bij dat die dit deze er om te naar ook maar of als wat wie hoe dank bedankt groeten graag uw onze mijn heb heeft hebben wordt worden geachte",
    ];

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Words = BuildWords();

    public static string? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        Span<double> scores = stackalloc double[Codes.Length];
        Span<char> word = stackalloc char[MaxWord];
        var span = text.AsSpan(0, Math.Min(text.Length, MaxChars));
        var length = 0;
        var words = 0;
        for (var i = 0; i <= span.Length; i++)
        {
            var c = i < span.Length ? span[i] : ' ';
            if (char.IsLetter(c))
            {
                var lower = char.ToLowerInvariant(c);
                if (length < MaxWord)
                {
                    word[length] = lower;
                }

                length++;
                if (lower > '\u007F')
                {
                    AddDiacritic(lower, scores);
                }

                continue;
            }

            if (length > 0)
            {
                words++;
                if (length <= MaxWord && Words.TryGetValue(word[..length], out var languages))
                {
                    for (var l = 0; l < Codes.Length; l++)
                    {
                        scores[l] += (languages >> l) & 1;
                    }
                }

                length = 0;
            }
        }

        return Decide(scores, words);
    }

    private static string? Decide(ReadOnlySpan<double> scores, int words)
    {
        var best = 0;
        for (var l = 1; l < scores.Length; l++)
        {
            best = scores[l] > scores[best] ? l : best;
        }

        var second = 0.0;
        for (var l = 0; l < scores.Length; l++)
        {
            second = l != best ? Math.Max(second, scores[l]) : second;
        }

        var clear = words >= MinWords && scores[best] >= MinScore && scores[best] >= MinLead * second;
        return clear ? Codes[best] : null;
    }

    // Letters that only some of the languages use; each counts a little, like a third of a stopword.
    private static void AddDiacritic(char c, Span<double> scores)
    {
        var language = c switch
        {
            'è' or 'ê' or 'ç' or 'œ' or 'û' or 'î' or 'ô' or 'ë' => 0,
            'ä' or 'ö' or 'ü' or 'ß' => 2,
            'ñ' or 'á' or 'í' or 'ó' or 'ú' or '¿' or '¡' => 3,
            'ò' or 'ì' => 4,
            _ => -1,
        };
        if (language >= 0)
        {
            scores[language] += 0.3;
        }
    }

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BuildWords()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < Stopwords.Length; l++)
        {
            foreach (var w in Stopwords[l].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[w] = words.GetValueOrDefault(w) | (1 << l);
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
