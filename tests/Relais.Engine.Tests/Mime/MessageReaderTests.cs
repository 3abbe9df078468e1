using System.Diagnostics;
using System.Text;
using Relais.Engine.Mime;
using Relais.Engine.Text;

namespace Relais.Engine.Tests.Mime;

public sealed class MessageReaderTests
{
    [Theory]
    [InlineData("windows-1252", "Réunion à 14h : coût 1 200 €")]
    [InlineData("iso-8859-1", "Très bien, à jeudi.")]
    [InlineData("iso-8859-15", "Le coût est de 300 € par mois.")]
    [InlineData("iso-2022-jp", "会議は木曜日です")]
    [InlineData("shift_jis", "ありがとうございます")]
    [InlineData("koi8-r", "Добрый день")]
    [InlineData("utf-8", "Déjà reçu, merci !")]
    public void Read_DeclaredCharset_DecodesBody(string charset, string text)
    {
        EncodingSetup.Ensure();
        var mime = TestMail.WithBody($"From: a@b.fr\nSubject: x\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: 8bit", text, Encoding.GetEncoding(charset));

        var read = TestMail.Read(mime);

        Assert.Equal(text, TextLines.Join(read.OwnLines));
        Assert.Null(read.Error);
    }

    [Theory]
    [InlineData("x-unknown-42", "Caf\u00e9 cr\u00e8me", "read as windows-1252")]
    [InlineData("uft-8", "Déjà vu", "read as utf-8")]
    public void Read_UnknownCharset_BestEffortWithError(string charset, string text, string how)
    {
        var encoding = how.EndsWith("utf-8", StringComparison.Ordinal) ? Encoding.UTF8 : Encoding.Latin1;
        var mime = TestMail.WithBody($"From: a@b.fr\nSubject: x\nContent-Type: text/plain; charset={charset}", text, encoding);

        var read = TestMail.Read(mime);

        Assert.Equal(text, TextLines.Join(read.OwnLines));
        Assert.Equal($"unknown charset '{charset}', {how}", read.Error);
    }

    [Fact]
    public void Read_DeclaredUtf8OverLatin1Bytes_ReadsWhatWasMeant()
    {
        var mime = TestMail.WithBody("From: a@b.fr\nSubject: x\nContent-Type: text/plain; charset=utf-8", "Très cordialement", Encoding.Latin1);

        Assert.Equal("Très cordialement", TextLines.Join(TestMail.Read(mime).OwnLines));
    }

    [Fact]
    public void Read_Utf7_Decodes()
    {
        var mime = TestMail.WithBody("From: a@b.fr\nSubject: x\nContent-Type: text/plain; charset=unicode-1-1-utf-7", "Caf+AOk- cr+AOg-me", Encoding.ASCII);

        Assert.Equal("Café crème", TextLines.Join(TestMail.Read(mime).OwnLines));
    }

    [Theory]
    [InlineData("quoted-printable", "Bonjour,=0D=0ALe devis est pr=C3=AAt.")]
    [InlineData("base64", "Qm9uam91ciwNCkxlIGRldmlzIGVzdCBwcsOqdC4=")]
    public void Read_TransferEncoding_Decodes(string cte, string encoded)
    {
        var read = TestMail.Read($"From: a@b.fr\nSubject: x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{encoded}\n");

        Assert.Equal("Bonjour,\nLe devis est prêt.", TextLines.Join(read.OwnLines));
    }

    [Fact]
    public void Read_Alternative_PrefersPlainText()
    {
        var read = TestMail.Read("""
            From: a@b.fr
            Subject: x
            Content-Type: multipart/alternative; boundary="alt"

            --alt
            Content-Type: text/html; charset=utf-8

            <p>Version HTML</p>
            --alt
            Content-Type: text/plain; charset=utf-8

            Version texte
            --alt--
            """);

        Assert.Equal(["Version texte"], read.OwnLines);
        Assert.False(read.BodyIsHtml);
    }

    [Fact]
    public void Read_HtmlOnlyInsideRelated_FallsBackToHtml()
    {
        var read = TestMail.Read("""
            From: a@b.fr
            Subject: x
            Content-Type: multipart/mixed; boundary="mix"

            --mix
            Content-Type: multipart/related; boundary="rel"

            --rel
            Content-Type: text/html; charset=utf-8

            <html><body><div>Bonjour,</div><div>Voici le <b>devis</b>.</div><img src="cid:logo"></body></html>
            --rel
            Content-Type: image/png
            Content-Transfer-Encoding: base64

            iVBORw0KGgo=
            --rel--
            --mix
            Content-Type: text/plain; name="notes.txt"
            Content-Disposition: attachment; filename="notes.txt"

            Pièce jointe, pas le corps.
            --mix--
            """);

        Assert.Equal(["Bonjour,", "Voici le devis."], read.OwnLines);
        Assert.True(read.BodyIsHtml);
    }

    [Fact]
    public void Read_AttachedMessage_IsForwardedNotOwnText()
    {
        var read = TestMail.Read("""
            From: a@b.fr
            Subject: Fwd: contrat
            Content-Type: multipart/mixed; boundary="mix"

            --mix
            Content-Type: text/plain; charset=utf-8

            Pour info, voir le message joint.
            --mix
            Content-Type: message/rfc822

            From: c@d.fr
            Subject: contrat
            Content-Type: text/plain; charset=utf-8

            Le contrat est signé.
            --mix--
            """);

        Assert.Equal(["Pour info, voir le message joint."], read.OwnLines);
        Assert.Equal("Le contrat est signé.", Assert.Single(read.Forwarded).Trim());
    }

    [Fact]
    public void Read_OddDisplayName_KeptAsWritten()
    {
        var read = TestMail.Read("From: \"\\\"Cook  Diane H.\\\" <Diane.H.Cook@ENRON.com>\" <cook.diane@enron.com>\nMessage-ID: <123.JavaMail@thyme>\nSubject: x\n\nHi");

        Assert.Equal(new Sender("cook.diane@enron.com", "\"Cook  Diane H.\" <Diane.H.Cook@ENRON.com>"), read.From);
        Assert.Equal("<123.JavaMail@thyme>", read.MessageId);
    }

    [Theory]
    [InlineData("Jean Dupont jean.dupont@ACME.fr", "jean.dupont@acme.fr", "Jean Dupont")]
    [InlineData("=?utf-8?q?H=C3=A9l=C3=A8ne_Petit?= <h.petit@petit.fr>", "h.petit@petit.fr", "Hélène Petit")]
    [InlineData("<contact@helios.fr>", "contact@helios.fr", null)]
    public void Read_FromHeader_AddressLowerCasedNameDecoded(string header, string email, string? name)
    {
        var read = TestMail.Read($"From: {header}\nSubject: x\n\nHi");

        Assert.Equal(new Sender(email, name), read.From);
    }

    [Fact]
    public void Read_OldMacLineEndings_ParsesHeadersAndBody()
    {
        var read = TestMail.Read("From: jean@acme.fr\rSubject: Retour\rAuto-Submitted: auto-replied\r\rLigne une\rLigne deux\r");

        Assert.Equal("Retour", read.Subject);
        Assert.Equal(["Ligne une", "Ligne deux"], read.OwnLines);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("\r\n\r\n", "")]
    [InlineData("From: a@b.fr\nContent-Type: text/plain; charset=\"\nContent-Transfer-Encoding: base64\n\n!!!@@@###", "")]
    [InlineData("Subject: =?utf-8?B?invalid?=\nFrom: <<<>>>\n\nTexte", "Texte")]
    [InlineData("From a@b.fr no colon header\nSubject x\n\nCorps", "From a@b.fr no colon header\nSubject x\n\nCorps")]
    [InlineData("Content-Type: multipart/alternative; boundary=\"\"\n\n--\nContent-Type: text/plain\n\nPartie", "Partie")]
    public void Read_BrokenMime_BestEffortText(string mime, string expected)
    {
        var read = TestMail.Read(mime);

        Assert.Equal(expected, TextLines.Join(read.OwnLines));
    }

    [Fact]
    public void Read_MissingClosingBoundary_KeepsTheText()
    {
        var read = TestMail.Read("From: a@b.fr\nContent-Type: multipart/mixed; boundary=\"x\"\n\n--x\nContent-Type: text/plain\n\nCorps sans fin de partie\n");

        Assert.Equal(["Corps sans fin de partie"], read.OwnLines);
    }

    [Fact]
    public void Read_BinaryBody_ErrorAndNoText()
    {
        var random = new Random(7);
        var bytes = new byte[4000];
        random.NextBytes(bytes);
        var mime = (byte[])[.. Encoding.ASCII.GetBytes("From: a@b.fr\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\n"), .. bytes];

        var read = TestMail.Read(mime);

        Assert.Empty(read.OwnLines);
        Assert.Contains("binary content", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TenMegabyteBody_TruncatedQuicklyWithError()
    {
        var line = "Ligne de rapport trimestriel avec des chiffres 1234567890.\r\n";
        var body = new StringBuilder(10_500_000);
        while (body.Length < 10_000_000)
        {
            body.Append(line);
        }

        var mime = "From: a@b.fr\r\nSubject: gros\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour,\r\n" + body;
        var watch = Stopwatch.StartNew();

        var analysis = TestMail.Analyzer.Analyze(new MemoryStream(Encoding.UTF8.GetBytes(mime)));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal("body truncated at 1048576 bytes", analysis.Error);
        Assert.StartsWith("Bonjour,\nLigne de rapport", analysis.Text, StringComparison.Ordinal);
        Assert.True(analysis.Text.Length <= BodyText.MaxBytes);
    }
}
