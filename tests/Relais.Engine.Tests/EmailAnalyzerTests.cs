using System.Text;

namespace Relais.Engine.Tests;

public sealed class EmailAnalyzerTests
{
    private static readonly EmailAnalyzer Analyzer = new(new AnalyzerOptions { DefaultRegion = "FR" });

    [Fact]
    public void Analyze_PlainMessage_ReadsHeaders()
    {
        const string mime = """
            Message-ID: <abc@acme.fr>
            From: Jean Dupont <Jean.Dupont@ACME.fr>
            To: ventes@relais.test
            Subject: Devis
            Content-Type: text/plain; charset=utf-8

            Bonjour,
            Pourriez-vous nous faire un devis ?
            """;

        var result = Analyzer.Analyze(new MemoryStream(Encoding.UTF8.GetBytes(mime)), "a.eml");

        Assert.Equal("<abc@acme.fr>", result.MessageId);
        Assert.Equal(new Sender("jean.dupont@acme.fr", "Jean Dupont"), result.From);
        Assert.Equal("a.eml", result.Source);
        Assert.Null(result.Error);
    }
}
