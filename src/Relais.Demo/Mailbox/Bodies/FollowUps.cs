namespace Relais.Demo.Mailbox.Bodies;

/// <summary>follow_up: chases an earlier message. Sent as a reply quoting what it follows up.</summary>
internal static class FollowUps
{
    public static readonly BodyTemplates ByContact = new("follow_up", true, [], [],
        [
            "Je me permets de revenir vers vous concernant ma demande ci-dessous, restée sans réponse. Notre comité se réunit {weekday} prochain.",
            "Je relance mon message du {past} : avez-vous pu avancer sur le sujet ?",
            "Petite relance concernant ma demande ci-dessous. Pourriez-vous me dire quand je peux espérer un retour ?",
            "Sauf erreur de ma part, je n'ai pas reçu de réponse à mon mail ci-dessous. Pouvez-vous y jeter un œil ?",
            "Je reviens vers vous au sujet de mon message précédent. Le dossier est-il toujours d'actualité de votre côté ?",
        ],
        [
            "Just following up on my email below – our committee meets next {weekday}, so any update would be much appreciated.",
            "Circling back on the request below. Have you had a chance to look into it?",
            "Gentle reminder on the below. Could you let me know when I might expect an answer?",
            "I haven't heard back on my previous email, so I wanted to check it hadn't slipped through the cracks.",
        ]);

    public static readonly BodyTemplates ByTeam = new("follow_up", true,
        ["Relance", "Suite à notre échange", "Point d'étape"],
        ["Following up", "Checking in"],
        [
            "[Relance – proposition du {past}] Je me permets de revenir vers vous suite à notre proposition du {past}. Avez-vous eu l'occasion d'en discuter avec votre comité ?",
            "Je reviens vers vous concernant notre dernier échange. N'hésitez pas à me dire si des éléments complémentaires vous seraient utiles.",
            "[Suite à notre rendez-vous du {past}] Suite à notre rendez-vous du {past}, avez-vous pu avancer sur le projet d'investissement dans {fund} ?",
            "[Part {share_class} – date limite] Je me permets de vous relancer : la période de souscription à la part {share_class} se termine le {future}.",
        ],
        [
            "[Our proposal of {past}] I'm following up on the proposal we sent on {past}. Have you had a chance to discuss it with your committee?",
            "Just checking in on our last exchange. Please let me know if any further information would help.",
            "[Our meeting on {past}] Following our meeting on {past}, I wanted to see whether you've made progress on the allocation to {fund}.",
        ]);

    /// <summary>A contact's answer to a chase: no decision yet (other).</summary>
    public static readonly BodyTemplates Delay = new("other", false, [], [],
        [
            "Merci pour votre relance. Le dossier est toujours à l'étude, je devrais pouvoir vous faire un retour d'ici la fin du mois.",
            "Désolé pour le délai de réponse, nous étions en pleine clôture trimestrielle. Je regarde cela la semaine prochaine.",
            "Bien reçu, le sujet sera abordé lors de notre prochain comité. Je ne manquerai pas de revenir vers vous.",
        ],
        [
            "Thanks for the nudge. It's still under review; I should be able to come back to you by the end of the month.",
            "Apologies for the slow reply – we've been busy with quarter-end. I'll look at it next week.",
            "Noted, it's on the agenda for our next committee. I'll be in touch afterwards.",
        ]);
}
