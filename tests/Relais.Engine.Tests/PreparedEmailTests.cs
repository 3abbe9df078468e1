using System.Text;

namespace Relais.Engine.Tests;

public sealed class PreparedEmailTests
{
    private static readonly EmailAnalyzer Analyzer = new(new AnalyzerOptions { DefaultRegion = "FR" });

    private static string Mail(string subject, string body) => $"""
        From: Jean Dupont <jean.dupont@acme.fr>
        To: ventes@relais-demo.fr
        Subject: {subject}
        Message-ID: <{Guid.NewGuid():N}@acme.fr>
        Date: Mon, 2 Jun 2025 09:00:00 +0200
        Content-Type: text/plain; charset=utf-8

        {body}

        Cordialement,
        Jean Dupont
        Directeur commercial
        ACME SAS
        Tél. : 01 23 45 67 89
        """;

    private static PreparedEmail Prepare(string mime) => Analyzer.Prepare(new MemoryStream(Encoding.UTF8.GetBytes(mime)));

    [Fact]
    public void FinishOfPrepare_SameMessage_EqualsAnalyze()
    {
        var mime = Mail("Devis", "Bonjour,\nPourriez-vous nous faire un devis pour 2 M EUR ?");

        var whole = Analyzer.Analyze(new MemoryStream(Encoding.UTF8.GetBytes(mime)));
        var halves = Analyzer.Finish(Prepare(mime));

        Assert.Equal(whole with { ElapsedMs = 0 }, halves with { ElapsedMs = 0 });
        Assert.Equal("ACME SAS", halves.Contact.Company?.Value);
    }

    [Fact]
    public void Keys_SameSignatureOtherBody_ShareTheSignatureKeyOnly()
    {
        var first = Prepare(Mail("Devis", "Pourriez-vous nous faire un devis ?"));
        var second = Prepare(Mail("Rendez-vous", "Seriez-vous disponible jeudi pour un appel ?"));

        Assert.NotNull(first.SignatureKey);
        Assert.Equal(first.SignatureKey, second.SignatureKey);
        Assert.NotEqual(first.TextKey, second.TextKey);
    }

    [Fact]
    public void Keys_OtherRegion_ChangeTheSignatureKey()
    {
        var mime = Mail("Devis", "Pourriez-vous nous faire un devis ?");
        var us = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = "US" }).Prepare(new MemoryStream(Encoding.UTF8.GetBytes(mime)));

        Assert.NotEqual(Prepare(mime).SignatureKey, us.SignatureKey);
    }

    [Fact]
    public void Finish_CachedResults_AreUsedInsteadOfComputed()
    {
        var prepared = Prepare(Mail("Devis", "Pourriez-vous nous faire un devis ?"));
        var cached = new CachedResults
        {
            Contact = new ContactFields { JobTitle = new FieldValue("Gérant", 0.5, FieldSource.Signature) },
            Intent = new IntentPrediction(Intent.Complaint, 0.42),
            NeedsReply = new NeedsReplyPrediction(false, 0.1),
        };

        var analysis = Analyzer.Finish(prepared, cached);

        Assert.Equal("Gérant", analysis.Contact.JobTitle?.Value);
        Assert.Null(analysis.Contact.Company);
        Assert.Equal(new IntentPrediction(Intent.Complaint, 0.42), analysis.Intent);
        Assert.False(analysis.NeedsReply.Value);
    }

    [Fact]
    public void Prepare_AutomatedMail_HasNoKeys()
    {
        const string bounce = """
            From: Mail Delivery System <MAILER-DAEMON@mx.acme.fr>
            To: ventes@relais-demo.fr
            Subject: Undelivered Mail Returned to Sender
            Auto-Submitted: auto-replied
            Content-Type: text/plain

            This is the mail system at host mx.acme.fr. I'm sorry to have to inform you that your message could not be delivered.
            """;

        var prepared = Prepare(bounce);

        Assert.NotNull(prepared.Automated);
        Assert.Null(prepared.SignatureKey);
        Assert.Null(prepared.TextKey);
    }

    [Fact]
    public void ContactDocument_RoundTrip_KeepsExactConfidences()
    {
        var fields = new ContactFields { Phone = new FieldValue("+33123456789", 0.919_96, FieldSource.Signature) };

        var back = ContactDocument.From(fields, rounded: false).ToFields();

        Assert.Equal(fields, back);
        Assert.Equal(0.92, ContactDocument.From(fields).Phone!.Confidence);
    }
}
