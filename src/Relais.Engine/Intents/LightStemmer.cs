namespace Relais.Engine.Intents;

/// <summary>
/// A deliberately light French/English suffix stripper for folded tokens: "demandes", "demandé",
/// "demander" and "demandez" share a stem, as do "request", "requests" and "requested". It only has to
/// be consistent between training and prediction, not linguistically right.
/// </summary>
internal static class LightStemmer
{
    // Longest first; each suffix is stripped only when at least MinStem letters remain.
    private static readonly string[] Suffixes =
    [
        "issements", "issement", "atrices", "ations", "ements", "atrice", "ateurs", "ation", "ement", "ateur",
        "ments", "ances", "ences", "euses", "ment", "ance", "ence", "euse", "eurs", "ings", "ions", "ing", "ion",
        "ees", "ies", "ers", "ent", "ons", "eur", "ly", "ed", "es", "er", "ez", "ee", "ie", "s", "e", "x",
    ];

    private const int MinStem = 3;

    // The suffixes ending with each letter, longest first as above: a token is only tried against those of its last letter.
    private static readonly string[][] ByLastLetter = [.. Enumerable.Range(0, 128).Select(c => Suffixes.Where(s => s[^1] == c).ToArray())];

    public static int StemLength(ReadOnlySpan<char> token)
    {
        if (token.Length <= MinStem + 1 || token[^1] >= ByLastLetter.Length)
        {
            return token.Length;
        }

        foreach (var suffix in ByLastLetter[token[^1]])
        {
            if (token.Length - suffix.Length >= MinStem && token.EndsWith(suffix, StringComparison.Ordinal))
            {
                return token.Length - suffix.Length;
            }
        }

        return token.Length;
    }
}
