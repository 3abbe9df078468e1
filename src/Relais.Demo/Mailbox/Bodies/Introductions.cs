namespace Relais.Demo.Mailbox.Bodies;

/// <summary>introduction: first contact, introduces oneself or one's firm.</summary>
internal static class Introductions
{
    public static readonly BodyTemplates ByContact = new("introduction", false,
        ["Présentation – {org}", "Prise de contact", "{org} : présentation"],
        ["Introduction – {org}", "Getting in touch", "Introduction"],
        [
            "[De la part {de_colleague}] Je me permets de vous contacter de la part {de_colleague}. Je viens de rejoindre {org} en tant que {title} et je suis en charge de la sélection de fonds pour notre clientèle privée.\n\nNous suivons {team} depuis quelque temps et j'aurais plaisir à mieux connaître votre gamme.",
            "Je suis {title} chez {org}, un family office indépendant. Nous accompagnons une trentaine de familles et recherchons des gérants de conviction sur les taux et les actions européennes.\n\nVotre nom m'a été recommandé lors {event}.",
            "Permettez-moi de me présenter : je suis {title} au sein {de_org}. J'ai repris le portefeuille de clients de mon prédécesseur, qui travaillait avec vous sur {fund}, et serai désormais votre interlocuteur.",
            "Nous nous sommes brièvement croisés lors {event}. Je travaille chez {org} comme {title} ; nous structurons actuellement une allocation obligataire pour le compte d'une caisse de retraite et votre expertise nous intéresse.",
        ],
        [
            "[Introduction via {colleague}] I'm writing at the suggestion of {colleague}. I recently joined {org} as {title} and cover fund selection for our private clients.\n\nWe've followed {team} for a while and I'd be keen to learn more about your range.",
            "I'm {title} at {org}, an independent trustee firm. We are reviewing the fixed income managers of one of our pension schemes and your name came up at {event}.",
            "Let me introduce myself: I've taken over the relationship with your firm from my predecessor at {org}, who was invested in {fund}, and I'll be your main point of contact going forward.",
        ]);

    public static readonly BodyTemplates ByTeam = new("introduction", false,
        ["{team} – présentation", "Présentation de notre société de gestion", "Prise de contact – {team}"],
        ["{team} – introduction", "Introducing {team}"],
        [
            "Je me permets de vous contacter afin de vous présenter {team}, société de gestion indépendante basée à Paris. Nous gérons 2,4 milliards d'euros pour une clientèle institutionnelle et patrimoniale, avec une expertise reconnue sur les taux et les actions européennes.\n\nNotre fonds phare, {fund}, affiche une performance régulière depuis sa création en 2016.",
            "{colleague} m'a suggéré de prendre contact avec vous. Je suis {title_me} chez {team} et je serais ravi{e} de vous présenter notre gestion obligataire, qui pourrait répondre à vos besoins de rendement.",
        ],
        [
            "I'm reaching out to introduce {team}, an independent Paris-based asset manager with EUR 2.4 billion under management for institutions and private wealth. Our flagship fund, {fund}, has delivered consistent returns since its launch in 2016.",
            "{colleague} suggested I get in touch. I'm {title_me} at {team} and would be delighted to tell you more about our fixed income capabilities.",
        ]);

    /// <summary>A contact forwards a third person's introduction ({third}) to the team.</summary>
    public static readonly BodyTemplates Forwarding = new("introduction", false, [], [],
        [
            "Je te transfère le message {de_third}, qui cherche un gérant obligataire pour un de ses clients. Je pense qu'un échange serait utile ; je vous laisse prendre contact.",
            "Je me permets de vous mettre en relation avec {third}, dont vous trouverez le message ci-dessous. Je lui ai dit le plus grand bien de votre équipe.",
        ],
        [
            "Forwarding the note below from {third}, who is looking for a fixed income manager. I think you two should talk – I'll let you take it from here.",
            "Let me introduce {third}, whose email is below. I told them great things about your team.",
        ]);
}
