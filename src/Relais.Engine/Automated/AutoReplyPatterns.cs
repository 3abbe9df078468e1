using System.Text.RegularExpressions;
using Relais.Engine.Text;

namespace Relais.Engine.Automated;

/// <summary>Out-of-office and other automatic-reply wording, French and English (plus the usual subject forms of other languages).</summary>
internal static partial class AutoReplyPatterns
{
    private const int AutomaticTag = 1;
    private const int AbsenceTag = 2;
    private const int ReturnTag = 4;
    private const int RedirectTag = 8;

    private static readonly PhraseSet.Family Automatic = new(
        AutomaticTag,
        [
            "this is an automatic reply", "this is an automated reply", "this is an automatic response", "this is an automated response",
            "this is an automatic message", "this is an automated message", "this is an auto-generated", "this is an autoreply",
            "this is an auto-reply", "this is an auto reply", "this is an auto-response", "this auto-reply", "this autoreply",
            "réponse automatique", "reponse automatique", "ceci est un message automatique", "envoyé automatiquement",
            "généré automatiquement", "automatically generated reply", "automatically generated response",
            "automatically generated message", "automatically sent reply", "automatically sent response", "automatically sent message",
        ]);

    private static readonly PhraseSet.Family Absence = new(
        AbsenceTag,
        [
            "out of the office", "out of office", "out of my office", "not in the office", "out of town", "on annual leave",
            "on parental leave", "on maternity leave", "on sick leave", "on a business trip", "je suis absent", "je serai absent",
            "je suis actuellement absent", "je suis en congé", "je serai en congé", "je suis actuellement en congé",
            "je suis en déplacement", "je serai en déplacement", "je suis en vacances", "je serai en vacances", "hors du bureau",
            "je suis indisponible", "je serai indisponible", "je suis en formation", "je serai en formation", "absent du bureau",
            "absente du bureau", "actuellement absent", "en congé jusqu", "en congés jusqu", "en congé du", "en congés du",
            "en congé à partir", "en congés à partir",
        ],
        ("away", FirstPersonAway()),
        ("leave", FirstPersonAway()),
        ("vacation", FirstPersonAway()),
        ("holiday", FirstPersonAway()),
        ("holidays", FirstPersonAway()),
        ("traveling", FirstPersonAway()),
        ("travelling", FirstPersonAway()),
        ("off", FirstPersonAway()),
        ("absent", FirstPersonAway()),
        ("unavailable", FirstPersonAway()));

    private static readonly PhraseSet.Family Return = new(
        ReturnTag,
        [
            "until", "back on", "back in the office", "return on", "returning on", "return to the office", "returning to the office",
            "upon my return", "when i return", "on my return", "de retour le", "de retour au bureau", "de retour à partir",
            "jusqu'au", "jusqu’au", "à mon retour", "dès mon retour",
        ],
        ("from", FromTo()));

    private static readonly PhraseSet.Family Redirect = new(
        RedirectTag,
        [
            "limited access to", "limited connection to", "limited connectivity to", "no access to email", "no access to e-mail",
            "no access to my email", "no access to my e-mail", "without access to", "accès limité", "accès restreint",
            "for urgent", "for immediate", "for pressing", "en cas d'urgence", "pour toute urgence", "pour les urgences",
            "pour toute demande urgente", "contact my colleague", "contact my assistant", "merci de contacter",
            "merci de vous adresser à", "vous pouvez contacter",
        ],
        ("return", WillAnswerOnReturn()),
        ("back", WillAnswerOnReturn()),
        ("retour", AnswerOnReturnFr()));

    // The four families in one pass over each line.
    private static readonly PhraseSet Wording = new([Automatic, Absence, Return, Redirect]);

    public static bool Subject(string? subject) => subject is not null && SubjectPattern().IsMatch(subject);

    /// <summary>Characters of the opening lines looked at: the statement opens the message, and the work stays bounded.</summary>
    private const int MaxChars = 1500;

    /// <summary>Scores the opening lines of the sender's text: an automatic-reply statement counts 3, absence 1, return date 1, limited access or a contact for urgent matters 1.</summary>
    public static int BodyScore(IReadOnlyList<string> lines, int maxLines)
    {
        var budget = MaxChars;
        var tags = 0;
        var seen = 0;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (++seen > maxLines || budget <= 0)
            {
                break;
            }

            var text = line.AsSpan(0, Math.Min(line.Length, budget));
            budget -= text.Length;
            tags |= Wording.Tags(text);
        }

        return ((tags & AutomaticTag) != 0 ? 3 : 0) + ((tags & AbsenceTag) != 0 ? 1 : 0)
            + ((tags & ReturnTag) != 0 ? 1 : 0) + ((tags & RedirectTag) != 0 ? 1 : 0);
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
