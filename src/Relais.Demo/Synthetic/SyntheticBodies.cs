using System.Globalization;
using System.Text;

namespace Relais.Demo.Synthetic;

/// <summary>Invents message bodies: greetings, prose (wrapped or not), lists and data lines, in French or English.</summary>
internal static class SyntheticBodies
{
    private static readonly string[] English =
    [
        "Please find attached the revised schedule for {D}.", "I spoke with {P} this morning and we agreed to move the meeting to {D}.",
        "Could you send me the latest version of the contract before noon?", "Let me know if you have any questions.",
        "We still have not received the signed confirmation from {C}.", "The numbers for last month look a lot better than expected.",
        "I will be out of the office on {D} but will check my messages in the evening.", "Can we talk about this tomorrow?",
        "Attached is the spreadsheet with the {N} deals we discussed.", "I am not sure I am reading the report correctly.",
        "If you need anything else, just give me a call.", "The price is a three month average of the two indices plus a premium.",
        "Tag {N} was cut by 25 MW for HE 19 and we resupplied from the pool.", "Please make sure everyone on the desk gets this before Friday.",
        "I have completed the organizer and sent it to the accountant.", "Sorry I missed your call this afternoon.",
        "The meeting will be held in the main conference room on the 3rd floor.", "Do you want me to set up a call with {P} and the team?",
        "We need the final numbers by {D} at the latest.", "Thanks for getting back to me so quickly on this.",
        "I forwarded your request to {P}, who handles these accounts now.", "Here is the corrected sheet.",
        "The counterparty has asked for a draft of the master agreement.", "It's a big file, so let me know if it does not come through.",
        "As discussed, the fee will be {N} dollars per month starting in January.", "Good to hear from you, hope all is well with the family.",
        "Call me at 713-555-{N4} if you want to go over the details.", "You can reach {P} at (212) 555-{N4} for the logistics.",
        "The new login for the web site is listed below.", "Our lawyers are reviewing the non-disclosure agreement now.",
        "We are booked for Friday at 10:20 AM, then dinner at the house.", "Happy New Year to you and yours!",
        "Just wanted to drop you a line to let you know I am back at work.", "Please disregard my earlier email, I made one slight change.",
        "The report is saved on the shared drive under the usual folder.", "I think this is correct, but please double check the volumes.",
        "We are hoping to make a decision by the end of the week.", "Is there any chance we could push the deadline to {D}?",
        "I will coordinate the Houston side of this for now.", "The invoice for {C} was sent on {D} and is still unpaid.",
    ];

    private static readonly string[] French =
    [
        "Suite à notre échange téléphonique, je vous adresse ci-joint notre proposition.", "Pourriez-vous me faire parvenir le contrat signé avant {D} ?",
        "Je me permets de revenir vers vous concernant notre rendez-vous de {D}.", "Vous trouverez en pièce jointe le devis demandé.",
        "N'hésitez pas à me contacter pour toute question.", "Nous avons bien reçu votre dossier et le transmettons au service concerné.",
        "Je serai absent le {D} mais je consulterai mes messages.", "Pouvons-nous en parler demain matin ?",
        "Le comité se réunira le {D} pour valider l'opération.", "Merci de bien vouloir confirmer votre présence à la réunion.",
        "Les chiffres du trimestre sont meilleurs que prévu.", "J'ai transmis votre demande à {P}, qui suit désormais ce dossier.",
        "Le montant de l'investissement s'élève à {N} 000 euros.", "Je vous propose un créneau jeudi à 14h30 ou vendredi matin.",
        "Vous pouvez joindre {P} au 01 42 {N2} {N2} {N2} pour les questions pratiques.", "Voici la version corrigée du tableau.",
        "Nous restons à votre disposition pour tout complément d'information.", "La facture n° {N} reste impayée à ce jour.",
        "Comme convenu, je vous envoie la présentation de notre fonds.", "Je reviens vers vous dès que j'ai la réponse de {C}.",
        "Le document est disponible sur l'espace partagé.", "Merci pour votre retour rapide.",
        "Pourriez-vous nous faire un devis pour {N} postes ?", "Je vous souhaite une excellente fin de semaine.",
        "Nous souhaiterions organiser une visite de vos locaux le {D}.", "Votre conseiller reste joignable au 06 {N2} {N2} {N2} {N2}.",
        "L'assemblée générale aura lieu au siège, 3 rue de la Paix à Paris.", "Je vous confirme notre accord sur les conditions proposées.",
        "Pouvez-vous me rappeler quand vous aurez un moment ?", "Bonne année à toute l'équipe !",
    ];

    private static readonly string[] Days = ["Monday", "Tuesday", "Friday", "June 12", "next week", "the 8th", "lundi", "mardi 14", "vendredi", "la semaine prochaine"];
    private static readonly string[] EnglishGreetings = ["Hi {P},", "Hello {P},", "{P},", "{P}:", "Dear {P},", "Team,", "All,", "Hi all,", "Group,", "Greetings {P}:"];
    private static readonly string[] FrenchGreetings = ["Bonjour {P},", "Bonjour Madame {L},", "Bonjour Monsieur {L},", "Madame, Monsieur,", "Cher {P},", "Chère {P},", "Bonjour à tous,", "{P},", "Bonsoir {P},"];
    private static readonly string[] Others = ["Kim", "Sally", "Louis", "Mathieu", "Andrea", "Paul", "Claire", "Jeff", "Sophie", "Tom", "Nadia", "Marc"];

    public static string? Greeting(Random r, bool french)
    {
        if (r.NextDouble() < 0.4)
        {
            return null;
        }

        return Fill(r, SyntheticPeople.Pick(r, french ? FrenchGreetings : EnglishGreetings));
    }

    /// <summary>One paragraph as lines: prose wrapped at a random width or left unwrapped, a list, or data lines.</summary>
    public static IEnumerable<string> Paragraph(Random r, bool french)
    {
        var kind = r.NextDouble();
        if (kind < 0.12)
        {
            return SyntheticData.Lines(r);
        }

        if (kind < 0.2)
        {
            return Enumerable.Range(1, 2 + r.Next(4)).Select(i => (r.Next(2) == 0 ? $"{i}) " : "- ") + Sentence(r, french));
        }

        var text = string.Join("  ", Enumerable.Range(0, 1 + r.Next(4)).Select(_ => Sentence(r, french)));
        return r.NextDouble() < 0.45 ? [text] : Wrap(text, 55 + r.Next(25));
    }

    public static string Sentence(Random r, bool french) => Fill(r, SyntheticPeople.Pick(r, french ? French : English));

    private static string Fill(Random r, string template) => new StringBuilder(template)
        .Replace("{P}", SyntheticPeople.Pick(r, Others))
        .Replace("{L}", SyntheticPeople.Pick(r, SyntheticVocabulary.FrenchLast))
        .Replace("{C}", SyntheticPeople.Pick(r, r.Next(2) == 0 ? SyntheticVocabulary.EnglishCompanies : SyntheticVocabulary.FrenchCompanies))
        .Replace("{D}", SyntheticPeople.Pick(r, Days))
        .Replace("{N4}", r.Next(1000, 9999).ToString(CultureInfo.InvariantCulture))
        .Replace("{N2}", r.Next(10, 99).ToString(CultureInfo.InvariantCulture))
        .Replace("{N}", r.Next(2, 40000).ToString(CultureInfo.InvariantCulture))
        .ToString();

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (current.Length > 0 && current.Length + word.Length + 1 > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : "").Append(word);
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }
}
