namespace Relais.Demo.Mailbox.Bodies;

/// <summary>other: news, notices and acknowledgements that ask nothing of the recipient.</summary>
internal static class OtherBodies
{
    public static readonly BodyTemplates ByContact = new("other", false,
        ["Pour information", "Info", "Pour info"],
        ["FYI", "For your information"],
        [
            "[Fermeture de nos bureaux] Pour information, nos bureaux seront fermés du {future} au 2 janvier inclus. Les ordres reçus pendant cette période seront traités à la réouverture.",
            "[Note de marché|Perspectives de taux] Je partage avec vous la note de notre stratégiste sur les perspectives de taux, qui rejoint assez largement vos convictions.",
            "[Changement d'interlocuteur] À compter du mois prochain, {colleague} reprendra le suivi de vos fonds chez nous ; je reste bien sûr en copie pendant la transition.",
            "[Nouveau dépositaire] Nous changeons de dépositaire au 1er janvier. Les nouvelles coordonnées de règlement vous seront communiquées par courrier signé.",
            "[Report de notre comité] Je vous informe que notre comité d'investissement a été décalé au {future}. Rien ne change par ailleurs.",
        ],
        [
            "[Office closure] Just so you know, our office will be closed from {future} to 2 January. Any instructions received in between will be processed when we reopen.",
            "[Market note] Sharing our strategist's note on the rates outlook, which is broadly in line with your views.",
            "[Change of contact] From next month {colleague} will take over the coverage of your funds; I'll stay in copy during the transition.",
            "[New custodian] We are changing custodian on 1 January. The new settlement details will follow in a signed letter.",
        ]);

    /// <summary>For contacts whose direct line changed: the signature shows the new one, the CRM the old.</summary>
    public static readonly BodyTemplates PhoneChange = new("other", false,
        ["Nouvelles coordonnées", "Changement de numéro"], ["New contact details", "New phone number"],
        [
            "Suite au déménagement de nos équipes, ma ligne directe change : vous pouvez désormais me joindre au {phone}. Mon adresse e-mail reste inchangée.",
            "Petit message pour vous signaler que mon numéro de téléphone a changé ({phone}). Merci de mettre à jour vos fichiers.",
        ],
        [
            "Following our office move my direct line has changed: you can now reach me on {phone}. My email address stays the same.",
            "Quick note to let you know my phone number has changed to {phone}. Please update your records.",
        ]);

    /// <summary>For contacts whose job title changed since the CRM was filled.</summary>
    public static readonly BodyTemplates NewRole = new("other", false,
        ["Nouvelles fonctions", "Évolution de poste"], ["New role", "Change of role"],
        [
            "Je vous informe que j'ai pris de nouvelles fonctions au sein {de_org} : je suis désormais {title}. Je continuerai à suivre notre relation.",
            "Une petite nouvelle : depuis le 1er du mois, j'occupe le poste de {title}. Rien ne change pour nos échanges.",
        ],
        [
            "I'm pleased to let you know that I've taken on a new role at {org} as {title}. I'll continue to look after our relationship.",
            "A quick update: as of this month I'm {title}. Nothing changes in how we work together.",
        ]);

    /// <summary>The team forwards its fund manager's commentary.</summary>
    public static readonly BodyTemplates ForwardedCommentary = new("other", false,
        ["Commentaire de gestion – {fund}"], ["Manager commentary – {fund}"],
        [
            "Je vous transfère le commentaire de notre gérant sur le mois écoulé, qui devrait vous intéresser.",
            "Pour votre information, voici l'analyse de Guillaume sur les derniers mouvements du portefeuille.",
        ],
        [
            "Forwarding our portfolio manager's comments on last month, which I thought you'd find useful.",
        ]);

    /// <summary>What the fund manager wrote, as it appears inside a forward.</summary>
    public static readonly BodyTemplates Commentary = new("other", false, [], [],
        [
            "Bonjour à tous,\n\nLe fonds {fund} termine le mois de {month} en hausse de 1,2 %, porté par le resserrement des spreads de crédit. Nous avons allégé nos positions sur les financières et renforcé la duration à 4,1 ans.\n\nGuillaume",
        ],
        [
            "Hi all,\n\n{fund} ended {month} up 1.2%, helped by tighter credit spreads. We trimmed financials and extended duration to 4.1 years.\n\nGuillaume",
        ]);
}
