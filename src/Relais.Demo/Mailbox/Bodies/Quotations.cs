namespace Relais.Demo.Mailbox.Bodies;

/// <summary>quotation_request: asks for a quote, pricing or a commercial proposal; and the proposal sent back (other).</summary>
internal static class Quotations
{
    public static readonly BodyTemplates ByContact = new("quotation_request", true,
        ["Demande de proposition", "Demande de devis", "Proposition commerciale"],
        ["Request for proposal", "Pricing request"],
        [
            "[Mandat obligataire – demande de proposition] Nous envisageons de confier un mandat de gestion obligataire d'environ {amount} à une société de gestion externe. Pourriez-vous nous faire parvenir une proposition commerciale, avec vos conditions tarifaires ?",
            "[Appel d'offres gestion de trésorerie] Dans le cadre d'un appel d'offres pour la gestion de notre trésorerie, nous souhaiterions recevoir votre meilleure offre pour un montant de {amount}, horizon 18 mois.\n\nLe cahier des charges est joint ; les réponses sont attendues avant le {future}.",
            "[Devis mandat dédié {fund}] Pourriez-vous nous établir un devis pour un mandat dédié investi selon la stratégie de {fund} ? L'enveloppe serait de {amount}, avec un reporting mensuel et une contrainte ISR.",
            "[Conditions tarifaires – {amount}] Quelles conditions pourriez-vous nous consentir sur la part {share_class} de {fund} pour une souscription de {amount} ? Une rétrocession est-elle envisageable pour notre clientèle ?",
            "[Demande de cotation – crédit euro] Nous aurions besoin d'une cotation pour la gestion d'un portefeuille de {amount} en obligations d'entreprises européennes, duration 3 à 5 ans. Merci de préciser les frais de gestion et de transaction.",
        ],
        [
            "[RFP – fixed income mandate] We are looking to appoint an external manager for a fixed income mandate of around {amount}. Could you send us a proposal including your fee schedule?",
            "[Tender: cash management] As part of a tender for our cash management, we'd like to receive your best offer for {amount} over an 18-month horizon.\n\nThe specifications are attached; responses are due by {future}.",
            "[Segregated mandate quote] Could you quote for a segregated mandate following the {fund} strategy? The size would be {amount}, with monthly reporting and an ESG exclusion list.",
            "[Fee proposal for {amount}] What terms could you offer on the {share_class} share class of {fund} for a subscription of {amount}? Is a fee rebate possible for our clients?",
        ]);

    /// <summary>The team's proposal in answer to a request for one.</summary>
    public static readonly BodyTemplates Proposal = new("other", false,
        ["Proposition commerciale – {org}", "Notre proposition de mandat"],
        ["Our proposal – {org}", "Mandate proposal"],
        [
            "Comme convenu, vous trouverez ci-joint notre proposition pour un mandat de {amount}. Les frais de gestion seraient de {fee} par an, sans commission de surperformance.",
            "Suite à votre demande, je vous adresse notre proposition commerciale. Nous avons retenu une tarification dégressive : {fee} jusqu'à 5 M€, puis 0,35 % au-delà.\n\nLa proposition est valable jusqu'au {future}.",
            "Je vous prie de trouver ci-joint notre offre pour la gestion de votre trésorerie. Notre approche privilégie la liquidité quotidienne et un risque de crédit limité à la catégorie investissement.",
        ],
        [
            "As agreed, please find attached our proposal for a {amount} mandate. The management fee would be {fee} a year, with no performance fee.",
            "Following your request, I'm attaching our proposal. We've suggested tiered pricing: {fee} up to €5m and 0.35% above.\n\nThe offer is valid until {future}.",
        ]);

    /// <summary>closing: the deal is agreed or signed.</summary>
    public static readonly BodyTemplates Closing = new("closing", false,
        ["Validation de votre proposition", "Bon pour accord", "Confirmation"],
        ["Proposal accepted", "Go-ahead"],
        [
            "Notre comité a validé votre proposition ce matin. Nous vous retournons le mandat signé par courrier ; merci de nous indiquer la date à laquelle les fonds pourront être transférés.",
            "Bon pour accord sur les conditions proposées. Vous trouverez ci-joint le bulletin de souscription signé pour {amount} sur la part {share_class}.",
            "[Souscription {fund} confirmée] Je vous confirme notre décision d'investir {amount} dans {fund}. Le virement sera effectué le {future}, date de valeur.",
            "[Signature du mandat] C'est signé ! Le contrat de gestion a été paraphé par notre directeur général hier soir. Nous nous réjouissons de démarrer cette collaboration.",
        ],
        [
            "Our committee approved your proposal this morning. The signed mandate is on its way; please let us know when the assets can be transferred.",
            "We're happy to go ahead on the terms proposed. Attached is the signed subscription form for {amount} in the {share_class} share class.",
            "[Subscription confirmed – {fund}] I can confirm our decision to invest {amount} in {fund}. The transfer will be made on {future}.",
            "[Mandate signed] Signed! Our CEO countersigned the investment management agreement last night. We look forward to working together.",
        ]);
}
