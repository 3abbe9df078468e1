namespace Relais.Demo.Mailbox;

/// <summary>Vocabulary of the asset-management trade, French and English, index-aligned where paired.</summary>
internal static class SlotLists
{
    public static readonly IReadOnlyList<string> DocsFr =
    [
        "le dernier reporting mensuel", "le DICI", "le prospectus", "la lettre trimestrielle de gestion",
        "le rapport ESG annuel", "la grille tarifaire", "le questionnaire de due diligence", "la plaquette commerciale",
    ];

    public static readonly IReadOnlyList<string> DocsEn =
    [
        "the latest monthly factsheet", "the KID", "the prospectus", "the quarterly investment letter",
        "the annual ESG report", "the fee schedule", "the due diligence questionnaire", "the fund presentation",
    ];

    public static readonly IReadOnlyList<string> DocFiles =
    [
        "Reporting_mensuel", "DICI", "Prospectus", "Lettre_trimestrielle", "Rapport_ESG", "Grille_tarifaire", "DDQ", "Presentation",
    ];

    public static readonly IReadOnlyList<string> AmountsFr = ["2 M€", "500 000 €", "1,5 M€", "10 millions d'euros", "3 M EUR", "750 k€"];
    public static readonly IReadOnlyList<string> AmountsEn = ["€2m", "EUR 5 million", "£1.5m", "$3m", "EUR 750k", "€10 million"];

    /// <summary>Written to follow "lors" or "au cours": "lors des Rencontres…".</summary>
    public static readonly IReadOnlyList<string> EventsFr =
    [
        "des Rencontres patrimoniales de Lyon", "du Forum de l'investissement responsable", "de la matinée taux du mois dernier",
        "du petit-déjeuner organisé par {team}", "des Journées de la gestion privée à Deauville",
    ];

    public static readonly IReadOnlyList<string> EventsEn =
    [
        "the London Wealth Forum", "the Paris ESG Summit", "your breakfast seminar in the City", "the Edinburgh Investment Week",
    ];

    public static readonly IReadOnlyList<string> TopicsFr =
    [
        "notre allocation obligataire", "la poche actions européennes", "votre approche ISR", "le renouvellement de notre mandat",
        "les perspectives de taux pour l'an prochain", "la liquidité des petites capitalisations", "la trésorerie de la holding",
    ];

    public static readonly IReadOnlyList<string> TopicsEn =
    [
        "our fixed income allocation", "the European equity sleeve", "your ESG integration process", "the mandate renewal",
        "the rates outlook for next year", "small-cap liquidity", "our cash management",
    ];
}
