namespace Relais.Demo.Mailbox.Bodies;

/// <summary>meeting_request: asks for a meeting or a call.</summary>
internal static class MeetingRequests
{
    public static readonly BodyTemplates ByContact = new("meeting_request", true,
        ["Rendez-vous", "Proposition de rendez-vous", "Point sur {fund}", "Demande de rendez-vous"],
        ["Meeting request", "Catch-up", "Call re {fund}"],
        [
            "Je reviens vers vous suite à notre échange lors {event}. Seriez-vous disponible {slot} pour faire un point sur {fund} ? Nous réfléchissons à renforcer notre exposition et j'aimerais mieux comprendre le positionnement actuel du portefeuille.",
            "[Point téléphonique|Point {fund}] Serait-il possible d'organiser un point téléphonique dans les prochains jours ? Je souhaiterais faire le tour de nos positions sur {fund} avant notre comité d'investissement.\n\nJe suis disponible {slot} ou {slot2}, à votre convenance.",
            "Nous aimerions vous rencontrer pour échanger sur {topic}. Auriez-vous un créneau {slot} ? Nous pouvons passer dans vos locaux, c'est à deux pas de notre bureau parisien.",
            "[Déjeuner ?|Déjeuner la semaine du {future}] {colleague} et moi-même serons à Paris la semaine du {future}. Pourrions-nous en profiter pour déjeuner ensemble et faire le point sur {topic} ?",
            "[Visio {fund}|Présentation à notre comité] Pourrions-nous caler une visio d'une demi-heure {slot} ? J'aimerais que le gérant de {fund} présente sa stratégie à notre comité.",
            "[Revue annuelle des gérants] Je prépare notre revue annuelle des gérants externes et souhaiterais organiser une réunion avec vous la semaine du {future}. Quelles seraient vos disponibilités ?\n\nUne heure devrait suffire ; nous aurons quelques questions sur la gestion des risques et la liquidité du fonds.",
        ],
        [
            "Following our conversation at {event}, would you be available for a call {slot}? We are reviewing {topic} and would like to hear how {fund} is positioned.",
            "Could we set up a meeting in the coming weeks? I'd like to go through our holdings in {fund} ahead of our investment committee.\n\nI'm free {slot} or {slot2}, whichever suits you best.",
            "[Catch-up in Paris?|Lunch in Paris] I'll be in Paris the week of {future} and would love to catch up in person. Would you have time for a coffee or lunch?",
            "[Annual manager review] We are starting our annual review of external managers. Could your portfolio manager join a 45-minute video call with our team {slot}?",
            "[Quick call|30 minutes?] Would you have 30 minutes {slot} for a quick call on {topic}? Happy to send a Teams invite once you confirm.",
        ]);

    public static readonly BodyTemplates ByTeam = new("meeting_request", true,
        ["Rendez-vous – {team}", "Proposition de rendez-vous", "Point sur {fund}"],
        ["Meeting – {team}", "{fund}: update call", "Catching up"],
        [
            "Je me permets de revenir vers vous pour vous proposer un rendez-vous afin de vous présenter les dernières évolutions de {fund}. Seriez-vous disponible {slot} ?",
            "[Rencontre avec le gérant de {fund}] Guillaume Perret, le gérant de {fund}, sera disponible {slot} pour faire un point avec vous sur {topic}. Ce créneau vous conviendrait-il ?",
            "Comme évoqué au téléphone {weekday}, je vous propose de nous retrouver {slot} dans vos bureaux de {city}, ou en visio si vous préférez.",
            "[Nos convictions pour l'an prochain] Nous organisons des points individuels avec nos partenaires pour présenter nos convictions pour l'an prochain. Auriez-vous une heure à nous consacrer {slot} ou {slot2} ?",
        ],
        [
            "I'd like to suggest a call to walk you through the latest developments on {fund}. Would {slot} work for you?",
            "Our portfolio manager, Guillaume Perret, will be in London the week of {future}. Would you have time to meet him and discuss {topic}?",
            "As mentioned on the phone on {weekday}, shall we set up a video call {slot} or {slot2}? I'll send an invitation as soon as you confirm.",
        ]);

    /// <summary>A reply that cannot take the slot offered and proposes others.</summary>
    public static readonly BodyTemplates CounterProposal = new("meeting_request", true, [], [],
        [
            "Merci pour votre message. Je ne suis malheureusement pas disponible à ce moment-là, mais je peux vous proposer {slot2}. Dites-moi si cela vous convient.",
            "Avec plaisir. Pourrions-nous plutôt prévoir {slot2} ? {colleague} pourrait ainsi se joindre à nous.",
            "Volontiers ! Je suis en déplacement en début de semaine ; {slot2} vous irait-il ? Sinon, proposez-moi un autre créneau.",
        ],
        [
            "Thanks for reaching out. I'm afraid I'm travelling then, but could we do {slot2} instead?",
            "Happy to. Would {slot2} work on your side? That way {colleague} can join us.",
            "Sounds good. Could we move it to {slot2}? Otherwise let me know what suits you.",
        ]);
}
