using System.Text.RegularExpressions;

namespace Relais.Engine.Text;

/// <summary>Legal confidentiality notices (French and English) at the end of the sender's text.</summary>
internal static partial class Disclaimers
{
    /// <summary>Only this many trailing lines are searched: notices sit at the very end, and the work stays bounded.</summary>
    private const int TailLines = 80;

    // Every alternative of the opening pattern contains one of these: the regex runs only on lines that have one.
    private static readonly PhraseSet OpeningWords = new(
    [
        "confidential", "confidentiality", "confidentialité", "confidentialite", "disclaimer", "avertissement", "legal", "notice", "this e-mail",
        "this email", "this message", "this communication", "this transmission", "this electronic", "information", "content",
        "contents", "if you", "ce message", "ce courriel", "ce mail", "ce e-mail", "ce email", "ce courrier", "les informations",
        "si vous", "intégrité", "important",
    ]);

    // The first word of every alternative of the opening pattern (which is anchored at the line start).
    private static readonly LineOpening Openings = new(
    [
        "confidentiality", "privileged", "legal", "disclaimer", "avertissement", "avis", "mention", "clause", "confidentialité",
        "confidentialite", "important", "this", "the", "if", "ce", "les", "si", "l",
    ], wordsLookedAt: 1);

    private static readonly System.Buffers.SearchValues<char> DecorationChars = System.Buffers.SearchValues.Create("*_-=~#+. ");

    /// <summary>Index where the trailing disclaimer starts, or <paramref name="lines"/>.Count when there is none.</summary>
    public static int Start(IReadOnlyList<string> lines)
    {
        var from = Math.Max(0, lines.Count - TailLines);
        for (var i = from; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length < 12 || !Openings.MayOpen(line) || !OpeningWords.Matches(line) || !Opening().IsMatch(line) || !LegalEnough(lines, i))
            {
                continue;
            }

            // The notice runs from here; separator lines (***, ___, ---) just above it belong to it.
            var start = i;
            while (start > 0 && IsDecoration(lines[start - 1]))
            {
                start--;
            }

            return start;
        }

        return lines.Count;
    }

    // A sentence such as "This message contains the confidential report" must not cut the body: a notice uses
    // several of the legal words below, a sender's sentence one or two.
    private static bool LegalEnough(IReadOnlyList<string> lines, int start)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var chars = 0;
        for (var i = start; i < lines.Count && chars < 4000; i++)
        {
            chars += lines[i].Length;
            foreach (Match match in Vocabulary().Matches(lines[i]))
            {
                found.Add(match.Value);
            }
        }

        return found.Count >= 3;
    }

    private static bool IsDecoration(string line)
    {
        var t = line.AsSpan().Trim();
        return t.Length >= 3 && !t.ContainsAnyExcept(DecorationChars);
    }

    [GeneratedRegex(@"^\W{0,6}(?:(?:confidentiality|privileged and confidential|legal)\s+(?:notice|statement|note|disclaimer)|disclaimer\s*:|avertissement\s*:|(?:avis|mention|clause) de confidentialit[ée]|confidentialit[ée]\s*:|important\s*:\s*(?:this|ce)\b|this (?:e-?mail|message|communication|transmission|electronic mail)(?: message)?(?: and|,)? (?:any|all|its) (?:attachments?|files?|documents?)|this (?:e-?mail|message|communication|transmission)(?: message)?,? (?:\(including[^)]*\) )?(?:is|are|may contain|contains|and the information)\b.{0,80}(?:confidential|privileged|intended|proprietary)|the (?:information|content|contents) (?:contained )?(?:in|of) this (?:e-?mail|message|communication|transmission)|if you (?:are not|have received this)\b.{0,60}(?:intended recipient|in error|by mistake)|ce (?:message|courriel|mail|e-?mail|courrier(?: électronique)?)(?: électronique)?(?: ainsi que| et)? (?:toutes |tous |l[ae]s |ses |leurs |éventuelles )*(?:les )?(?:pièces? jointes?|fichiers?(?: attachés| joints)?|documents? joints?|annexes?)|ce (?:message|courriel|mail|e-?mail|courrier(?: électronique)?)(?: électronique)?,? (?:est|sont|peut contenir|contient|ainsi que)\b.{0,80}(?:confidenti|destin|priv|strictement|établi)|les informations contenues dans (?:ce|cet)|si vous (?:n'êtes pas|n’êtes pas|avez reçu ce)\b.{0,60}(?:destinataire|erreur)|l'intégrité de ce message)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex(@"confidenti\w*|privileged|intended|recipient|destinataire|prohibited|interdit\w*|strictly|strictement|notify|avertir|delete|destroy|détruire|supprimer|unauthori[sz]ed|non autoris\w*|liability|responsabilit\w*|virus|disclosure|divulgation|diffusion|copying|reproduction|error|erreur|addressee", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vocabulary();
}
