namespace Relais.Engine.Tests.Automated;

public sealed class AutomatedDetectorTests
{
    public static TheoryData<string, string, AutomatedKind?> Cases() => new()
    {
        {
            "out-of-office FR, body only",
            TestMail.Plain("Bonjour,\n\nJe suis absente du bureau jusqu'au 24 juin inclus, avec un accès limité à mes e-mails.\nPour toute urgence, merci de contacter Marc Petit.\n\nCordialement,\nClaire Martin", subject: "Re: Devis"),
            AutomatedKind.AutoReply
        },
        {
            "out-of-office EN, body only",
            TestMail.Plain("Thank you for your email. I am out of the office until Monday 24 June with limited access to email.\nFor urgent matters please contact my colleague Jane Doe.", subject: "Re: Q2 figures"),
            AutomatedKind.AutoReply
        },
        { "Outlook subject EN", TestMail.Plain("I'm away this week.", subject: "Automatic reply: Q2 figures"), AutomatedKind.AutoReply },
        { "Outlook subject FR", TestMail.Plain("Je suis en congés.", subject: "Réponse automatique : Devis"), AutomatedKind.AutoReply },
        { "Notes subject", TestMail.Plain("Back on Monday.", subject: "Absence du bureau : Votre demande"), AutomatedKind.AutoReply },
        { "RFC 3834 header", TestMail.Plain("Merci pour votre message.", extraHeaders: "Auto-Submitted: auto-replied\n"), AutomatedKind.AutoReply },
        { "X-Autoreply", TestMail.Plain("Merci pour votre message.", extraHeaders: "X-Autoreply: yes\n"), AutomatedKind.AutoReply },
        { "X-Autorespond", TestMail.Plain("Thanks for writing.", extraHeaders: "X-Autorespond: 1\n"), AutomatedKind.AutoReply },
        { "Precedence auto_reply", TestMail.Plain("Thanks for writing.", extraHeaders: "Precedence: auto_reply\n"), AutomatedKind.AutoReply },
        {
            "null sender + FR absence",
            TestMail.Plain("Je suis en déplacement jusqu'au 12 juin.", extraHeaders: "Return-Path: <>\n"),
            AutomatedKind.AutoReply
        },
        { "delivery report", Report("delivery-status", "message/delivery-status", "Reporting-MTA: dns; mx.acme.fr\n\nFinal-Recipient: rfc822; x@y.fr\nAction: failed\nStatus: 5.1.1"), AutomatedKind.Bounce },
        {
            "Postfix bounce, no report part",
            TestMail.Plain("This is the mail system at host mx.acme.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.", subject: "Undelivered Mail Returned to Sender", from: "MAILER-DAEMON@mx.acme.fr (Mail Delivery System)"),
            AutomatedKind.Bounce
        },
        {
            "Exchange NDR FR",
            TestMail.Plain("Votre message n'a pas pu être remis à jean.dupont@acme.fr car l'adresse est introuvable.", subject: "Non remis : Devis", from: "Microsoft Outlook <postmaster@acme.fr>"),
            AutomatedKind.Bounce
        },
        {
            "Exim bounce with auto-replied header",
            TestMail.Plain("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients.", subject: "Mail delivery failed: returning message to sender", from: "Mail Delivery System <Mailer-Daemon@mx.acme.fr>", extraHeaders: "Auto-Submitted: auto-replied\n"),
            AutomatedKind.Bounce
        },
        {
            "null sender + user unknown",
            TestMail.Plain("<jean@acme.fr>: 550 5.1.1 user unknown", subject: "Delivery report", from: "relay@acme.fr", extraHeaders: "Return-Path: <>\n"),
            AutomatedKind.Bounce
        },
        {
            "newsletter",
            TestMail.Plain("Découvrez nos nouveautés de juin.", subject: "Lettre d'information juin", from: "Helios <lettre@helios.fr>", extraHeaders: "List-Unsubscribe: <mailto:unsubscribe@helios.fr>\n"),
            AutomatedKind.Bulk
        },
        { "mailing list", TestMail.Plain("Compte rendu de la réunion.", extraHeaders: "List-Id: <equipe.acme.fr>\n"), AutomatedKind.Bulk },
        { "Precedence bulk", TestMail.Plain("Weekly digest.", extraHeaders: "Precedence: bulk\n"), AutomatedKind.Bulk },
        { "no-reply sender", TestMail.Plain("Votre facture est disponible.", from: "ACME <no-reply@acme.fr>"), AutomatedKind.Bulk },
        { "Auto-Submitted auto-generated", TestMail.Plain("Your report is ready.", extraHeaders: "Auto-Submitted: auto-generated\n"), AutomatedKind.Bulk },
        { "X-Auto-Response-Suppress alone", TestMail.Plain("Bonjour, pouvez-vous m'envoyer le devis ?", extraHeaders: "X-Auto-Response-Suppress: All\n"), null },
        { "Auto-Submitted: no", TestMail.Plain("Bonjour, pouvez-vous m'envoyer le devis ?", extraHeaders: "Auto-Submitted: no\n"), null },
        {
            "person mentions an absence",
            TestMail.Plain("Bonjour Claire,\n\nJe serai absent la semaine prochaine. Pouvons-nous avancer le rendez-vous à jeudi ?\n\nCordialement,\nPaul"),
            null
        },
        {
            "person announces a colleague's absence",
            TestMail.Plain("Just a reminder - Cheryl will be out of the office this Friday and will return on Tuesday.\nPlease contact me if you need anything.", subject: "Reminder - Cheryl out of the office"),
            null
        },
        { "vacation request", TestMail.Plain("I would like the following vacation days off: June 10-14.", subject: "Vacation request"), null },
        {
            "Outlook reply quoting a message",
            TestMail.Plain("Works for me.\n\n-----Original Message-----\nFrom: Claire\nSent: Monday\nTo: John\nSubject: Meeting\n\nCan we meet?", subject: "RE: Meeting"),
            null
        },
        { "read receipt", Report("disposition-notification", "message/disposition-notification", "Final-Recipient: rfc822; x@y.fr\nDisposition: manual-action/MDN-sent-manually; displayed", "Jean Dupont <jean.dupont@acme.fr>"), AutomatedKind.AutoReply },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_Message_AutomatedKind(string scenario, string mime, AutomatedKind? expected)
    {
        var analysis = TestMail.Analyze(mime);

        Assert.True(expected == analysis.Automated, $"{scenario}: expected {expected}, got {analysis.Automated}");
    }

    [Fact]
    public void Analyze_AutomatedMail_GivesNoContactNorIntent()
    {
        var analysis = TestMail.Analyze(TestMail.Plain("Je suis absent.", subject: "Réponse automatique : devis"));

        Assert.Equal(AutomatedKind.AutoReply, analysis.Automated);
        Assert.Same(ContactFields.Empty, analysis.Contact);
        Assert.Equal(Intent.Other, analysis.Intent.Label);
    }

    private static string Report(string reportType, string partType, string status, string from = "MAILER-DAEMON@mx.acme.fr") => $"""
        From: {from}
        To: jean@acme.fr
        Subject: Rapport
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type={reportType}; boundary="r"

        --r
        Content-Type: text/plain; charset=utf-8

        Rapport automatique.
        --r
        Content-Type: {partType}

        {status}
        --r--
        """;
}
