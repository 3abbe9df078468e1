using System.Text.RegularExpressions;

namespace Relais.Engine.Automated;

/// <summary>Out-of-office and other automatic-reply wording, French and English (plus the usual subject forms of other languages).</summary>
internal static partial class AutoReplyPatterns
{
    public static bool Subject(string? subject) => subject is not null && SubjectPattern().IsMatch(subject);

    /// <summary>Scores the opening lines of the sender's text: an automatic-reply statement counts 3, absence 1, return date 1, limited access or a contact for urgent matters 1.</summary>
    public static int BodyScore(IReadOnlyList<string> lines, int maxLines)
    {
        var automatic = false;
        var absence = false;
        var back = false;
        var redirect = false;
        var seen = 0;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (++seen > maxLines)
            {
                break;
            }

            automatic |= Automatic().IsMatch(line);
            absence |= Absence().IsMatch(line);
            back |= Return().IsMatch(line);
            redirect |= Redirect().IsMatch(line);
        }

        return (automatic ? 3 : 0) + (absence ? 1 : 0) + (back ? 1 : 0) + (redirect ? 1 : 0);
    }

    // Bare words such as "Vacation" or "Holiday" are not enough: people use them in subjects of their own.
    [GeneratedRegex(@"automatic reply|automatische antwort|auto[- ]?reply|auto[- ]?respon[sd]|autorespons|réponse automatique|reponse automatique|message automatique|respuesta automática|respuesta automatica|risposta automatica|automatisch antwoord|^\W*(?:out of (?:the )?office|absence du bureau|absente? du bureau|abwesenheitsnotiz|fuera de la oficina|fuori ufficio|afwezig)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern();

    [GeneratedRegex(@"(?:this|ceci) is an? (?:automatic|automated|auto-generated)(?: email)? (?:reply|response|message)|this (?:is an )?auto[- ]?(?:reply|response)|(?:ceci est une |message de )?réponse automatique|reponse automatique|ceci est un message automatique|(?:message|e-?mail) (?:envoyé|généré) automatiquement|automatically (?:generated|sent) (?:reply|response|message)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Automatic();

    [GeneratedRegex(@"\b(?:I am|I'm|I will be|I'll be|I shall be|I'm currently|I am currently)\s+(?:currently\s+)?(?:out of (?:the |my )?office|away|on (?:annual |parental |maternity |sick )?(?:leave|vacation|holiday|holidays|a business trip)|travel(?:l)?ing|out of town|off|absent|unavailable|not in the office)|\bout of (?:the )?office\b|\bje (?:suis|serai)\s+(?:actuellement\s+|absolument\s+)?(?:absente?|en congés?|en déplacement|en vacances|hors du bureau|indisponible|en formation)|\babsente? du bureau\b|\bactuellement absente?\b|\ben congés? (?:jusqu|du|à partir)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Absence();

    [GeneratedRegex(@"\b(?:until|back (?:on|in the office)|return(?:ing)? (?:on|to the office)|upon my return|when I return|on my return|de retour (?:le|au bureau|à partir)|jusqu'au|jusqu’au|à mon retour|dès mon retour|from .{1,30} (?:to|until|through) )", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Return();

    [GeneratedRegex(@"limited (?:access|connection|connectivity) to (?:e-?mail|my e-?mail|messages)|(?:no|without) access to (?:my )?e-?mail|accès (?:limité|restreint) (?:à|aux) (?:mes )?(?:e-?mails?|messagerie|courriels)|for (?:urgent|immediate|pressing)\b|(?:en cas d'urgence|pour toute urgence|pour les urgences|pour toute demande urgente)|(?:please )?contact (?:my colleague|my assistant)|merci de (?:contacter|vous adresser à)|vous pouvez contacter|will (?:respond|reply|get back to you|answer).{0,40}(?:return|back)|(?:répondrai|traiterai|prendrai connaissance).{0,40}retour", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Redirect();
}
