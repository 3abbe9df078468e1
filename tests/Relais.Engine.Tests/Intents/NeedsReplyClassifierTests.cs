using Relais.Engine.Intents;

namespace Relais.Engine.Tests.Intents;

public sealed class NeedsReplyClassifierTests
{
    // Written for these tests; none of these messages is in the training corpus.
    public static TheoryData<string, string, bool> Cases => new()
    {
        { "Documents", "Bonjour,\nMerci de me faire parvenir votre avis d'imposition avant vendredi.", true },
        { "", "Pourriez-vous me confirmer le montant exact du rachat ?", true },
        { "Question", "Bonjour, est-ce que le fonds distribue un coupon cette année ?", true },
        { "Rendez-vous", "Bonjour Claire, peux-tu me dire si mardi 10h te convient pour le point client ?", true },
        { "", "Bonjour, je souhaiterais savoir comment modifier la clause bénéficiaire de mon contrat.", true },
        { "Report", "Hi John,\nCould you send me the Q2 report by Friday?", true },
        { "", "Let me know if Tuesday works for the call.", true },
        { "Question", "Hello, is the fund open to new investors this year?", true },
        { "Proposal", "Dear Ms Hart,\nWould you be interested in a short presentation of our credit strategy next month?", true },
        { "", "Can you confirm the settlement date for the redemption?", true },
        { "Merci", "Bonjour, merci pour votre retour rapide. Très bonne journée à vous.", false },
        { "Re: Virement", "C'est bien reçu, merci. Je vous tiens au courant dès que le client a signé.", false },
        { "Pour information", "Bonjour à tous,\nLe comité d'investissement est décalé au 12 juin. L'ordre du jour reste inchangé.", false },
        { "", "Je serai absent la semaine prochaine, Julie assure le suivi de vos dossiers.", false },
        { "Thanks", "Thanks for the update, much appreciated.", false },
        { "FYI", "FYI the office will be closed on Monday for the bank holiday.", false },
        { "Re: Call", "Great talking to you today. I'll send the deck tomorrow as discussed.", false },
        { "", "The signed mandate is attached. We look forward to working with you.", false },
        { "Point sur le mandat", "Bonjour Monsieur Lefort,\n\nJ'espère que vous allez bien. Le trimestre a été bon pour le mandat : +2,4 % contre +1,9 % pour l'indice, grâce surtout à la poche crédit.\n\nNous envisageons de réduire légèrement l'exposition aux actions américaines. Pourriez-vous me dire si cette orientation vous convient avant le comité du 18 ?\n\nBien à vous", true },
        { "Compte rendu", "Bonjour à tous,\n\nVoici le compte rendu de la réunion de ce matin. Nous avons revu les performances du trimestre et validé le calendrier de la migration.\n\nLe prochain comité aura lieu le 18. Bonne fin de semaine.", false },
        { "Quarterly review", "Dear Mr Ford,\n\nI hope all is well. The mandate had a good quarter, up 2.4% against 1.9% for the index, mainly thanks to credit.\n\nWe are considering trimming US equities slightly. Could you let me know whether you are comfortable with that before the committee on the 18th?\n\nKind regards", true },
        { "Meeting notes", "Hi all,\n\nHere are the notes from this morning's meeting. We reviewed the quarter's performance and agreed the migration timetable.\n\nThe next committee is on the 18th. Have a good weekend.", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Predict_WrittenMessage_TellsWhetherItAsks(string subject, string text, bool expected)
    {
        var prediction = NeedsReplyClassifier.Predict(subject, text);

        Assert.Equal(expected, prediction.Value);
        Assert.InRange(prediction.Confidence, 0.5, 1);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Decide_MessageWithSubject_UsesTheMailCalibration(bool hasSubject, bool expected)
    {
        // Score 0 is probability 0.5 under both calibrations; only the thresholds differ.
        var model = new LinearModel(new FeatureConfig(4, 0, 0, 10, 0), 1) { Threshold = 0.3f, MailCalibration = (1, 0, 0.7f) };

        var prediction = NeedsReplyDecision.Decide(0, model, hasSubject);

        Assert.Equal(expected, prediction.Value);
        Assert.Equal(0.5, prediction.Confidence);
    }

    [Fact]
    public void Predict_EmptyText_IsNoWithNoConfidence()
    {
        Assert.Equal(NeedsReplyPrediction.No, NeedsReplyClassifier.Predict("Question", ""));
    }
}
