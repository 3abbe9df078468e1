using System.Text;
using MimeKit;

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
        Assert.Equal("Bonjour,\nPourriez-vous nous faire un devis ?", result.Text);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("Bonjour,\n\nMerci pour l'envoi.\n\nEnvoyé de mon iPhone\n\n> Le 3 juin 2024 à 10:12, Claire <c@h.fr> a écrit :\n> Voici le document.", "Bonjour,\n\nMerci pour l'envoi.")]
    [InlineData("Thanks, received.\n\nThis email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, notify the sender and delete it.", "Thanks, received.")]
    [InlineData("Ok pour moi.\n\n-----Message d'origine-----\nDe : Claire\nEnvoyé : lundi\nÀ : Paul\nObjet : RDV\n\nJeudi ?", "Ok pour moi.")]
    public void Analyze_Body_TextIsTheSendersOwnWords(string body, string expected)
    {
        var result = TestMail.Analyze(TestMail.Plain(body));

        Assert.Equal(expected, result.Text);
    }

    [Fact]
    public void Analyze_ParsedMessage_SameAsRawStream()
    {
        var raw = TestMail.Plain("Bonjour,\nLe contrat est signé.\n\n> ancien message");
        var parsed = MimeMessage.Load(TestMail.Stream(raw), TestContext.Current.CancellationToken);

        var fromStream = Analyzer.Analyze(TestMail.Stream(raw), "x");
        var fromParsed = Analyzer.Analyze(parsed, "x");

        Assert.Equal(fromStream.Text, fromParsed.Text);
        Assert.Equal(fromStream.From, fromParsed.From);
        Assert.Equal(fromStream.MessageId, fromParsed.MessageId);
    }

    [Fact]
    public void AnalyzeText_BodyWithQuote_CutsTheQuote()
    {
        var result = Analyzer.AnalyzeText("Je valide.\n\nOn Mon, 3 Jun 2024 at 10:12, John <j@n.com> wrote:\n> Do you agree?", "Re: accord", new Sender("paul@acme.fr", "Paul"));

        Assert.Equal("Je valide.", result.Text);
        Assert.Equal(new Sender("paul@acme.fr", "Paul"), result.From);
        Assert.Null(result.MessageId);
    }

    [Fact]
    public void Analyze_Newsletter_IsBulkWithoutContact()
    {
        var result = TestMail.Analyze(TestMail.Plain(
            "Découvrez notre sélection de fonds du mois.\n\nPour vous désabonner, cliquez ici.",
            subject: "La lettre Helios - juin",
            from: "Helios Gestion <newsletter@helios-gestion.fr>",
            extraHeaders: "List-Unsubscribe: <https://helios-gestion.fr/unsubscribe>\nPrecedence: bulk\n"));

        Assert.Equal(AutomatedKind.Bulk, result.Automated);
        Assert.Same(ContactFields.Empty, result.Contact);
        Assert.Null(result.Signature);
    }

    [Fact]
    public void Analyze_HtmlOnlyReply_TextWithoutQuote()
    {
        var result = TestMail.Analyze("""
            From: Paul Leroy <p.leroy@acme.fr>
            Subject: Re: RDV
            Content-Type: text/html; charset=utf-8

            <div>Jeudi me va.</div><div class="gmail_quote"><div class="gmail_attr">Le lun. 3 juin 2024, Claire a écrit :</div><blockquote class="gmail_quote">Jeudi ?</blockquote></div>
            """);

        Assert.Equal("Jeudi me va.", result.Text);
    }
}
