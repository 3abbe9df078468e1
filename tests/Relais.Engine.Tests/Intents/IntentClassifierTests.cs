using Relais.Engine.Intents;

namespace Relais.Engine.Tests.Intents;

public sealed class IntentClassifierTests
{
    // Written for these tests; none of these messages is in the training corpus.
    public static TheoryData<string, string, Intent> Cases => new()
    {
        { "Entretien annuel", "Bonjour Madame Morin,\nJe souhaiterais convenir d'un rendez-vous pour notre entretien annuel. Seriez-vous disponible le mercredi 9 ou le jeudi 10 au matin ?", Intent.MeetingRequest },
        { "", "Bonjour Paul, aurais-tu un créneau demain pour un appel rapide sur le mandat de la mutuelle ? 20 minutes suffiront.", Intent.MeetingRequest },
        { "Meeting request", "Dear Ms Grant,\nI would welcome the opportunity to meet you next week to discuss the renewal of the mandate. Would Wednesday afternoon suit you?", Intent.MeetingRequest },
        { "Catch-up", "Hi Oliver, are you free for a call on Thursday morning? I'd like to walk you through the new allocation before the committee.", Intent.MeetingRequest },
        { "Demande de documents", "Bonjour,\nPourriez-vous me transmettre le dernier rapport semestriel du fonds ainsi que sa fiche de reporting à fin mai ?\nMerci", Intent.InfoRequest },
        { "", "Bonjour, quelle est la date de valeur appliquée aux versements effectués par chèque ? Merci de votre réponse.", Intent.InfoRequest },
        { "Fund documents", "Hello,\nCould you send me the latest semi-annual report of the fund and the May factsheet?\nMany thanks", Intent.InfoRequest },
        { "Question on dealing", "Hi, which valuation date applies to contributions made by cheque? I couldn't find it in the terms.", Intent.InfoRequest },
        { "Relance - mandat", "Bonjour Monsieur Caron,\nJe me permets de vous relancer au sujet de notre proposition de mandat envoyée le mois dernier. Avez-vous pu en discuter avec votre conseil ?", Intent.FollowUp },
        { "Re: attestation", "Bonjour, toujours pas de nouvelles de mon attestation demandée il y a trois semaines. Pouvez-vous faire le point ?", Intent.FollowUp },
        { "Following up", "Hi Grace,\nJust following up on my email of last Tuesday about the co-investment. Any update from your side?", Intent.FollowUp },
        { "Re: Re: onboarding", "Hello, gentle reminder that we are still waiting for the signed account forms. Could you let me know when we can expect them?", Intent.FollowUp },
        { "Prise de contact", "Bonjour Madame Roche,\nJe me permets de vous contacter : je suis directeur commercial chez Orée Gestion, société de gestion spécialisée dans l'immobilier coté. J'aimerais vous présenter notre approche.", Intent.Introduction },
        { "Votre nouvelle conseillère", "Bonjour Monsieur Blanc,\nJe m'appelle Inès Carpentier et je suis votre nouvelle conseillère patrimoniale depuis le départ de Marc. Je serai ravie de faire votre connaissance.", Intent.Introduction },
        { "Introduction", "Dear Mr Hale,\nMy name is Priya Nair and I lead institutional sales at Meridian Capital, an independent manager focused on global credit. I'd like to introduce our team.", Intent.Introduction },
        { "Intro: Sam <> Lucy", "Hi Sam, hi Lucy - as promised, I'm connecting you two. Sam runs the endowment at St Anne's, Lucy heads our impact fund. I'll let you take it from here.", Intent.Introduction },
        { "Demande de tarifs", "Bonjour,\nNous souhaiterions recevoir vos conditions tarifaires pour un mandat de gestion de 8 M€, frais de gestion et droits de garde compris.", Intent.QuotationRequest },
        { "Devis", "Bonjour, pouvez-vous me faire un devis pour la gestion de mon PEA d'environ 180 000 € ? Je compare plusieurs offres.", Intent.QuotationRequest },
        { "Fee quote", "Hello,\nCould you send us a fee proposal for a £12m multi-asset mandate, including any custody charges?", Intent.QuotationRequest },
        { "Pricing", "Hi Tom, what would your pricing be for a dedicated share class with a €20m initial ticket?", Intent.QuotationRequest },
        { "Accord", "Bonjour Madame Vidal,\nNous vous confirmons notre accord : le mandat signé par notre président est joint à ce message. Nous nous réjouissons de travailler ensemble.", Intent.Closing },
        { "", "Bonne nouvelle, le conseil a validé ce matin la souscription de 4 M€ dans votre fonds. Les documents signés partent aujourd'hui.", Intent.Closing },
        { "Signed", "Hi Emma,\nPlease find attached the signed investment agreement. We're delighted to be on board.", Intent.Closing },
        { "Decision", "Dear Mr Stone,\nI'm pleased to confirm that the trustees have approved your appointment as manager of the bond mandate.", Intent.Closing },
        { "Réclamation", "Madame, Monsieur,\nJe conteste les frais de 180 € prélevés sur mon compte ce mois-ci, qui ne correspondent à aucune opération. Je vous demande leur remboursement.", Intent.Complaint },
        { "Inadmissible", "Bonjour, trois semaines que j'attends le versement de mon rachat, c'est inadmissible. Personne ne répond au téléphone.", Intent.Complaint },
        { "Complaint", "Hello,\nI am very unhappy: the switch I requested was executed a week late and I have lost money as a result. I want this put right.", Intent.Complaint },
        { "Error on my statement", "Hi, my statement shows a withdrawal I never made. This is a serious error - please investigate.", Intent.Complaint },
        { "Merci", "Bonjour Madame Leroy,\nUn grand merci pour votre accueil et vos conseils lors de notre rendez-vous de jeudi. Nous avons beaucoup apprécié.", Intent.ThankYou },
        { "", "Merci beaucoup pour votre aide précieuse sur ce dossier, c'est très apprécié !", Intent.ThankYou },
        { "Thank you", "Dear Henry,\nThank you so much for hosting us yesterday and for the insightful discussion on rates.", Intent.ThankYou },
        { "Thanks!", "Thanks a lot for sorting this out so quickly, really appreciated.", Intent.ThankYou },
        { "Désinscription", "Bonjour,\nJe ne souhaite plus recevoir vos lettres d'information. Merci de me retirer de vos listes.", Intent.Unsubscribe },
        { "", "Merci de supprimer mon adresse de votre fichier de prospection.", Intent.Unsubscribe },
        { "Unsubscribe", "Please remove my address from your mailing list, I no longer want your newsletters.", Intent.Unsubscribe },
        { "Stop", "Hi, please stop sending me marketing emails. Thank you.", Intent.Unsubscribe },
        { "Fermeture exceptionnelle", "Bonjour à tous,\nPour information, nos bureaux seront fermés vendredi 15 août. Bon week-end prolongé.", Intent.Other },
        { "Re: jeudi", "C'est noté, je serai là à 15h.", Intent.Other },
        { "Minutes", "Hi all,\nAttached are the minutes of yesterday's committee for your records.", Intent.Other },
        { "Parking", "Reminder: the car park will be closed on Saturday for cleaning.", Intent.Other },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Predict_WrittenMessage_GivesItsIntent(string subject, string text, Intent expected)
    {
        var prediction = IntentClassifier.Predict(subject, text);

        Assert.Equal(expected, prediction.Label);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Predict_AnyMessage_ConfidenceIsAProbability(string subject, string text, Intent expected)
    {
        _ = expected;
        var prediction = IntentClassifier.Predict(subject, text);

        Assert.InRange(prediction.Confidence, 0, 1);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "   \n  ")]
    public void Predict_EmptyText_IsOtherWithNoConfidence(string? subject, string text)
    {
        var prediction = IntentClassifier.Predict(subject, text);

        Assert.Equal(IntentPrediction.Other, prediction);
    }

    [Theory]
    [InlineData("", "12 avenue Hoche")]
    [InlineData("", "Ok.")]
    [InlineData("Re:", "Vu.")]
    public void Predict_NeutralText_IsOther(string subject, string text)
    {
        Assert.Equal(Intent.Other, IntentClassifier.Predict(subject, text).Label);
    }

    [Fact]
    public void Predict_HugeText_StaysBounded()
    {
        var text = string.Concat(Enumerable.Repeat("Pourriez-vous me transmettre le rapport annuel ? ", 200_000));

        var prediction = IntentClassifier.Predict("Rapport", text);

        Assert.Equal(Intent.InfoRequest, prediction.Label);
    }
}
