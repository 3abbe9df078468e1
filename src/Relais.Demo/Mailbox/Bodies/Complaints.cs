namespace Relais.Demo.Mailbox.Bodies;

/// <summary>complaint: a complaint or a problem report; and the team's apology (other).</summary>
internal static class Complaints
{
    public static readonly BodyTemplates ByContact = new("complaint", true,
        ["Réclamation", "Problème urgent", "Réclamation – {org}"],
        ["Complaint", "Urgent: problem on our account"],
        [
            "[Erreur de valorisation – {fund}] Je constate une nouvelle fois une erreur dans la valorisation de notre portefeuille au {past} : la ligne {fund} est valorisée sur une VL erronée. C'est la deuxième fois ce trimestre, ce qui n'est pas acceptable.\n\nMerci de corriger rapidement et de nous expliquer l'origine du problème.",
            "[Retard de règlement] Le rachat passé le {past} n'a toujours pas été réglé, alors que le délai prévu au prospectus est de trois jours ouvrés. Nos clients s'impatientent.",
            "[Qualité de service] Nous sommes très mécontents du service : nos demandes de reporting restent sans réponse depuis trois semaines et personne ne nous rappelle.",
            "[Frais prélevés à tort] Des frais de {fee} ont été prélevés sur notre compte alors que nos conditions prévoient une exonération. Je vous remercie de procéder au remboursement sans délai.",
            "[Problème sur le relevé de {month}] Le relevé de {month} que nous avons reçu est incomplet : il manque deux mouvements et le solde ne correspond pas à notre comptabilité. C'est un vrai problème pour notre clôture.",
        ],
        [
            "[Valuation error – {fund}] Once again there is an error in the valuation of our portfolio as at {past}: {fund} has been priced on the wrong NAV. This is the second time this quarter, which is not acceptable.\n\nPlease correct it urgently and explain what went wrong.",
            "[Late settlement] The redemption we placed on {past} still hasn't settled, although the prospectus allows three business days. Our clients are getting impatient.",
            "[Service issues] We are very disappointed with the service: our reporting requests have gone unanswered for three weeks and nobody has called us back.",
            "[Incorrect fees charged] Fees of {fee} were charged to our account although our agreement waives them. Please refund them without delay.",
        ]) { Pleasantries = false };

    public static readonly BodyTemplates Apology = new("other", false, [], [],
        [
            "Je vous prie de bien vouloir nous excuser pour ce désagrément. Notre middle-office a identifié l'origine de l'erreur et une valorisation corrigée vous sera adressée demain.",
            "Toutes nos excuses pour ce retard. Le dépositaire a confirmé le règlement avec valeur au {future} ; je reste en contact avec lui et vous tiens informé{e}.",
            "Vous avez tout à fait raison et je suis désolé{e} que nous ne vous ayons pas répondu plus tôt. {colleague} reprend le dossier personnellement.",
        ],
        [
            "Please accept our apologies. Our middle office has found the cause and a corrected valuation will be sent to you tomorrow.",
            "I'm sorry for the delay. The custodian has confirmed settlement with value date {future}; I'll keep you posted.",
            "You're quite right and I apologise for the slow response. {colleague} is now handling this personally.",
        ]);
}
