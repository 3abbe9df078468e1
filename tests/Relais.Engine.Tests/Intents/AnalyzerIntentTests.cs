using System.Text;

namespace Relais.Engine.Tests.Intents;

public sealed class AnalyzerIntentTests
{
    private static readonly EmailAnalyzer Analyzer = new(new AnalyzerOptions { DefaultRegion = "FR" });

    [Fact]
    public void Analyze_FrenchQuoteRequest_GivesLanguageIntentAndNeedsReply()
    {
        const string mime = """
            From: Jeanne Morel <jeanne.morel@fondation-alizes.fr>
            To: contact@helios-gestion.fr
            Subject: Demande de proposition tarifaire
            Content-Type: text/plain; charset=utf-8

            Bonjour,

            La Fondation Alizés souhaite confier 6 M€ de réserves à un gérant externe.
            Pourriez-vous nous adresser une proposition avec vos frais de gestion et les droits de garde ?

            Cordialement,
            Jeanne Morel
            """;

        var result = Analyzer.Analyze(new MemoryStream(Encoding.UTF8.GetBytes(mime)), "devis.eml");

        Assert.Equal(("fr", Intent.QuotationRequest, true), (result.Language, result.Intent.Label, result.NeedsReply.Value));
    }

    [Fact]
    public void AnalyzeText_EnglishThanks_GivesLanguageIntentAndNoReply()
    {
        var result = Analyzer.AnalyzeText("Hi Tom,\n\nThank you so much for lunch yesterday and for your thoughts on the bond market. Really enjoyed it.", "Thanks for lunch");

        Assert.Equal(("en", Intent.ThankYou, false), (result.Language, result.Intent.Label, result.NeedsReply.Value));
    }
}
