using System.Text.RegularExpressions;
using Relais.Engine.Text;

namespace Relais.Engine.Automated;

/// <summary>Out-of-office and other automatic-reply wording, French and English (plus the usual subject forms of other languages).</summary>
internal static partial class AutoReplyPatterns
{
    private static readonly PhraseSet Automatic = new(
        [
            "this is an automatic reply", "this is an automated reply", "this is an automatic response", "this is an automated response",
            "this is an automatic message", "this is an automated message", "this is an auto-generated", "this is an autoreply",
            "this is an auto-reply", "this is an auto reply", "this is an auto-response", "this auto-reply", "this autoreply",
            "réponse automatique", "reponse automatique", "ceci est un message automatique", "envoyé automatiquement",
            "généré automatiquement", "automatically generated reply", "automatically generated response",
            "automatically generated message", "automatically sent reply", "automatically sent response", "automatically sent message",
        ]);

    private static readonly PhraseSet Absence = new(
        [
            "out of the office", "out of office", "out of my office", "not in the office", "out of town", "on annual leave",
            "on parental leave", "on maternity leave", "on sick leave", "on a business trip", "je suis absent", "je serai absent",
            "je suis actuellement absent", "je suis en congé", "je serai en congé", "je suis actuellement en congé",
            "je suis en déplacement", "je serai en déplacement", "je suis en vacances", "je serai en vacances", "hors du bureau",
            "je suis indisponible", "je serai indisponible", "je suis en formation", "je serai en formation", "absent du bureau",
            "absente du bureau", "actuellement absent", "en congé jusqu", "en congés jusqu", "en congé du", "en congés du",
            "en congé à partir", "en congés à partir",
        ],
        ("i am", FirstPersonAway()),
        ("i'm", FirstPersonAway()),
        ("i’m", FirstPersonAway()),
        ("i will", FirstPersonAway()),
        ("i'll", FirstPersonAway()),
        ("i shall", FirstPersonAway()));

    private static readonly PhraseSet Return = new(
        [
            "until", "back on", "back in the office", "return on", "returning on", "return to the office", "returning to the office",
            "upon my return", "when i return", "on my return", "de retour le", "de retour au bureau", "de retour à partir",
            "jusqu'au", "jusqu’au", "à mon retour", "dès mon retour",
        ],
        ("from ", FromTo()));

    private static readonly PhraseSet Redirect = new(
        [
            "limited access to", "limited connection to", "limited connectivity to", "no access to email", "no access to e-mail",
            "no access to my email", "no access to my e-mail", "without access to", "accès limité", "accès restreint",
            "for urgent", "for immediate", "for pressing", "en cas d'urgence", "pour toute urgence", "pour les urgences",
            "pour toute demande urgente", "contact my colleague", "contact my assistant", "merci de contacter",
            "merci de vous adresser à", "vous pouvez contacter",
        ],
        ("will ", WillAnswerOnReturn()),
        ("retour", AnswerOnReturnFr()));

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

            automatic = automatic || Automatic.Matches(line);
            absence = absence || Absence.Matches(line);
            back = back || Return.Matches(line);
            redirect = redirect || Redirect.Matches(line);
        }

        return (automatic ? 3 : 0) + (absence ? 1 : 0) + (back ? 1 : 0) + (redirect ? 1 : 0);
    }

    // Bare words such as "Vacation" or "Holiday" are not enough: people use them in subjects of their own.
    [GeneratedRegex(@"automatic reply|automatische antwort|auto[- ]?reply|auto[- ]?respon[sd]|autorespons|réponse automatique|reponse automatique|message automatique|respuesta automática|respuesta automatica|risposta automatica|automatisch antwoord|^\W*(?:out of (?:the )?office|absence du bureau|absente? du bureau|abwesenheitsnotiz|fuera de la oficina|fuori ufficio|afwezig)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPattern();

    [GeneratedRegex(@"\bI(?: am|'m|’m| will be|'ll be| shall be)\s+(?:currently\s+)?(?:away|on (?:leave|vacation|holiday|holidays)|travel(?:l)?ing|off|absent|unavailable)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonAway();

    [GeneratedRegex(@"\bfrom .{1,30} (?:to|until|through) ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"\bwill (?:respond|reply|get back to you|answer).{0,40}(?:return|back)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WillAnswerOnReturn();

    [GeneratedRegex(@"(?:répondrai|traiterai|prendrai connaissance).{0,40}retour", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerOnReturnFr();
}
