namespace Relais.Demo.Mailbox.Bodies;

/// <summary>info_request: asks for information or documents; and the answers that send them (other).</summary>
internal static class InfoRequests
{
    public static readonly BodyTemplates ByContact = new("info_request", true,
        ["Demande d'informations – {fund}", "{fund}", "Demande de documentation", "Question"],
        ["Information request – {fund}", "{fund}", "Quick question"],
        [
            "[Documentation {fund}] Pourriez-vous m'adresser {doc} de {fund} ? Nous en avons besoin pour notre comité d'investissement de {weekday} prochain.",
            "[Reporting {fund}|Performances à fin {month}] Je me permets de vous solliciter pour obtenir {doc} ainsi que les performances de {fund} à fin {month}.",
            "[Question sur les frais|Part {share_class} de {fund}] Nos équipes s'interrogent sur les frais courants de la part {share_class} de {fund}. Pourriez-vous me confirmer le niveau actuel et nous indiquer s'il existe une part dédiée aux investisseurs institutionnels ?",
            "[Composition du portefeuille|Inventaire {fund}] Dans le cadre de notre revue annuelle, pourriez-vous nous communiquer la composition détaillée du portefeuille de {fund} au 30 septembre, ainsi que l'exposition par notation ?\n\nUn fichier Excel nous serait très utile.",
            "[Éligibilité PEA – {isin}] Un de nos clients s'intéresse à {fund} (code ISIN {isin}). Pouvez-vous me confirmer que le fonds est bien éligible au PEA et m'envoyer {doc} ?",
            "[Données ESG|Reporting SFDR] Auriez-vous des éléments sur la méthodologie ESG appliquée à {fund} ? Nous devons compléter notre reporting SFDR et il nous manque l'empreinte carbone du portefeuille.",
            "[Questionnaire de due diligence|DDQ à jour] Pourriez-vous nous transmettre le questionnaire de due diligence à jour ? Notre service conformité le réclame avant tout nouvel investissement.",
        ],
        [
            "[{fund} documentation] Could you send me {doc} for {fund}? We need it for our investment committee next {weekday}.",
            "[{fund} performance] Would you be able to share the performance of {fund} to the end of {month}, together with {doc}?",
            "[Question on fees|{fund} – share classes] Our team has a question on the ongoing charges of the {share_class} share class of {fund}. Could you confirm the current level and whether an institutional share class is available?",
            "[Holdings request] As part of our annual review, could you provide the full holdings of {fund} as at 30 September, with a breakdown by rating?\n\nAn Excel file would be ideal.",
            "[ESG data request|SFDR reporting] Do you have any material on the ESG methodology applied to {fund}? We need the portfolio's carbon footprint for our SFDR reporting.",
            "[DDQ|Updated DDQ] Could you send over an updated due diligence questionnaire? Our compliance team needs it before we can add the fund to our approved list.",
        ]);

    public static readonly BodyTemplates ByTeam = new("info_request", true,
        ["Documents pour l'ouverture de compte", "Pièces KYC", "Votre profil investisseur"],
        ["Onboarding documents", "KYC documents", "Investor profile"],
        [
            "Afin de finaliser l'ouverture de votre compte, pourriez-vous nous adresser un extrait Kbis de moins de trois mois ainsi que la liste des bénéficiaires effectifs ?",
            "Dans le cadre de la mise à jour réglementaire de votre dossier, pourriez-vous compléter et nous retourner le questionnaire investisseur ci-joint ?\n\nPouvez-vous également nous confirmer les personnes habilitées à passer des ordres ?",
        ],
        [
            "To complete the account opening, could you send us a certified copy of your certificate of incorporation and the list of beneficial owners?",
            "As part of our periodic review, could you fill in and return the attached investor questionnaire? Could you also confirm who is authorised to give instructions?",
        ]);

    /// <summary>The team sends what was asked for.</summary>
    public static readonly BodyTemplates Answer = new("other", false, [], [],
        [
            "Vous trouverez ci-joint {doc_attached}. Les performances à fin {month} figurent en page 2.",
            "Comme convenu, je vous transmets {doc_attached}. Les frais courants de la part {share_class} s'élèvent à {fee}.",
            "Je vous joins {doc_attached} ; le questionnaire de due diligence mis à jour suivra d'ici la fin de semaine.",
            "Voici les éléments demandés : {doc_attached} en pièce jointe, et la composition du portefeuille au format Excel dans un second envoi.",
        ],
        [
            "Please find attached {doc_attached}. Performance to the end of {month} is on page 2.",
            "As discussed, I'm attaching {doc_attached}. Ongoing charges for the {share_class} class are {fee}.",
            "Attached is {doc_attached}; the updated DDQ will follow by the end of the week.",
        ]);

    /// <summary>The contact sends the documents the team asked for.</summary>
    public static readonly BodyTemplates ContactAnswer = new("other", false, [], [],
        [
            "Vous trouverez ci-joint les documents demandés. Le questionnaire vous parviendra signé par courrier.",
            "Voici le Kbis et la liste des bénéficiaires effectifs. {colleague} est la seule autre personne habilitée.",
        ],
        [
            "Please find the requested documents attached. The signed questionnaire will follow by post.",
            "Here is the certificate of incorporation. {colleague} is the only other authorised signatory.",
        ]);

    /// <summary>A contact forwards a colleague's ({third}) request to the team.</summary>
    public static readonly BodyTemplates Forwarding = new("info_request", true, [], [],
        [
            "Je vous transfère la demande {de_third}, qui aurait besoin de ces éléments rapidement. Pouvez-vous lui répondre directement en me mettant en copie ?",
            "Pour suite à donner : {third} a quelques questions sur votre fonds, cf. ci-dessous. Pourriez-vous nous envoyer les documents ?",
        ],
        [
            "Forwarding {third}'s request below – could you send the documents directly and copy me in?",
            "See below from {third}. Could you help with this?",
        ]);
}
