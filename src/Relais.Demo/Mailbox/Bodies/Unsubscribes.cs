namespace Relais.Demo.Mailbox.Bodies;

/// <summary>unsubscribe: asks to stop receiving mail; and the team's confirmation (other).</summary>
internal static class Unsubscribes
{
    public static readonly BodyTemplates ByContact = new("unsubscribe", false,
        ["Désinscription", "Retrait de la liste de diffusion", "STOP", "Ne plus recevoir vos envois"],
        ["Unsubscribe", "Please remove me from your mailing list", "Remove me"],
        [
            "Merci de bien vouloir me retirer de votre liste de diffusion. Je ne souhaite plus recevoir vos lettres d'information.",
            "Je ne suis plus en charge de ce sujet : merci de ne plus m'adresser vos communications commerciales.",
            "Merci de supprimer mon adresse de vos fichiers, conformément au RGPD.",
            "STOP. Je ne souhaite plus être destinataire de vos mails.",
        ],
        [
            "Please remove me from your mailing list; I no longer wish to receive your newsletters.",
            "I'm no longer responsible for this area, so please stop sending me marketing emails.",
            "Kindly unsubscribe me from all future communications.",
        ]) { Pleasantries = false };

    public static readonly BodyTemplates Confirmation = new("other", false, [], [],
        [
            "C'est fait : votre adresse a été retirée de nos listes de diffusion. Je reste à votre disposition.",
            "Bien noté, vous ne recevrez plus nos communications. Bonne continuation.",
        ],
        [
            "Done – your address has been removed from our mailing lists.",
            "Noted, you won't receive any further communications from us.",
        ]);
}
