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
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Predict_WrittenMessage_TellsWhetherItAsks(string subject, string text, bool expected)
    {
        var prediction = NeedsReplyClassifier.Predict(subject, text);

        Assert.Equal(expected, prediction.Value);
        Assert.InRange(prediction.Confidence, 0.5, 1);
    }

    [Fact]
    public void Predict_EmptyText_IsNoWithNoConfidence()
    {
        Assert.Equal(NeedsReplyPrediction.No, NeedsReplyClassifier.Predict("Question", ""));
    }
}
