namespace Relais.Demo.Mailbox.Automated;

/// <summary>A mailing list the team is subscribed to: who sends it, how often, and what it talks about.</summary>
internal sealed record NewsletterSource(
    string Name,
    string From,
    string Domain,
    string Language,
    int EveryDays,
    DayOfWeek Day,
    int Hour,
    IReadOnlyList<string> Headlines);

internal static class NewsletterSources
{
    public static readonly IReadOnlyList<NewsletterSource> All =
    [
        new("La Lettre de la Gestion Privée", "newsletter@lettre-gestion-privee.fr", "lettre-gestion-privee.fr", "fr", 7, DayOfWeek.Tuesday, 7,
        [
            "Taux : la BCE marque une pause", "Assurance-vie : la collecte reste solide", "Private equity : l'ouverture aux particuliers se confirme",
            "SFDR : ce qui change pour les conseillers", "Immobilier : les SCPI en convalescence", "Fiscalité : les nouveautés du projet de loi de finances",
            "Obligations : le retour des fonds datés", "Family offices : la quête de diversification",
        ]),
        new("Fund Flows Weekly", "no-reply@fundflows-weekly.com", "fundflows-weekly.com", "en", 14, DayOfWeek.Thursday, 14,
        [
            "Bond funds extend their winning streak", "Money market assets hit a new record", "ESG outflows slow in Europe",
            "Active equity: the long goodbye?", "Private credit fundraising cools",
        ]),
        new("Hélios Gestion", "communication@helios-gestion.fr", "helios-gestion.fr", "fr", 30, DayOfWeek.Wednesday, 10,
        ["Lettre mensuelle : nos convictions", "Lettre mensuelle : marchés et perspectives", "Lettre mensuelle : le point sur le crédit"]),
        new("Forum de l'investissement responsable", "invitations@forum-invest-responsable.fr", "forum-invest-responsable.fr", "fr", 35,
            DayOfWeek.Monday, 9, ["Invitation : Forum de l'investissement responsable", "Dernières places : Forum de l'investissement responsable"]),
    ];
}
