using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>Legal footers the organisations' mail servers append (never part of a signature).</summary>
internal static class Disclaimers
{
    public static string For(DemoOrganisation org) => Fill(org, org.Disclaimer switch
    {
        0 => """
            ________________________________
            AVERTISSEMENT : Ce courriel et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement aux personnes qui en sont destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer. Toute diffusion, copie ou utilisation non autorisée est interdite. {company} ne saurait être tenue responsable du contenu de ce message s'il a été altéré au cours de sa transmission.

            DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressees. If you have received it in error, please notify the sender and delete it. {company} accepts no liability for its content if altered in transit.
            """,
        1 => """
            **********
            Ce message est confidentiel et établi à l'attention exclusive de son destinataire. Si vous n'êtes pas le destinataire de ce message, merci de le détruire et d'en avertir l'expéditeur.
            Pensez à l'environnement avant d'imprimer ce courriel.
            """,
        2 => """
            This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it; do not copy, forward or disclose its contents. {company} is authorised and regulated by the Financial Conduct Authority. Registered in England and Wales. Registered office: {address}.
            """,
        3 => """
            CONFIDENTIALITY NOTICE: This message is intended only for the addressee(s) and may contain privileged or confidential information. If you received it in error, please notify the sender and delete it. Nothing in this email constitutes an offer to buy or sell any security. Past performance is not indicative of future results.
            """,
        _ => "",
    });

    private static string Fill(DemoOrganisation org, string text) => text
        .Replace("{company}", org.Name, StringComparison.Ordinal)
        .Replace("{address}", string.Join(", ", org.AddressLines), StringComparison.Ordinal);

    /// <summary>The team's own footer on outbound mail.</summary>
    public const string Team = """
        Relais Démo Gestion – SAS au capital de 1 000 000 € – Société de gestion de portefeuille agréée par l'AMF sous le n° GP-99000.
        Les informations contenues dans ce message ne constituent ni une offre ni une sollicitation d'achat ou de vente d'instruments financiers.
        """;
}
