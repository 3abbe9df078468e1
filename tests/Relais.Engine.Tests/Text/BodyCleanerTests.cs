using Relais.Engine.Text;

namespace Relais.Engine.Tests.Text;

public sealed class BodyCleanerTests
{
    [Theory]
    [InlineData("Envoyé de mon iPhone")]
    [InlineData("Envoyé de mon iPad")]
    [InlineData("Envoyé depuis mon appareil Galaxy")]
    [InlineData("Envoyé à partir de Outlook pour Android")]
    [InlineData("Sent from my iPhone")]
    [InlineData("Sent from my Android")]
    [InlineData("Sent from my BlackBerry® wireless device")]
    [InlineData("Sent from Outlook for iOS")]
    [InlineData("Sent from Yahoo Mail on Android")]
    [InlineData("Sent from Mail for Windows")]
    [InlineData("Get Outlook for iOS<https://aka.ms/o0ukef>")]
    [InlineData("Get Outlook for Android")]
    [InlineData("Téléchargez Outlook pour iOS")]
    [InlineData("Von meinem iPhone gesendet")]
    [InlineData("Enviado desde mi iPhone")]
    [InlineData("Inviato da iPhone")]
    [InlineData("Verzonden vanaf mijn iPhone")]
    [InlineData("Pensez à l'environnement avant d'imprimer ce message.")]
    [InlineData("P Please consider the environment before printing this email.")]
    public void Clean_MobileOrEnvironmentFooter_Removed(string footer)
    {
        var cleaned = BodyCleaner.Clean($"Bonjour,\nC'est noté.\n\n{footer}\n", null);

        Assert.Equal(["Bonjour,", "C'est noté."], cleaned.Own);
    }

    [Theory]
    [InlineData("Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur.")]
    [InlineData("Ce courriel est confidentiel et destiné uniquement à son destinataire. Toute diffusion non autorisée est interdite. Si vous n'êtes pas le destinataire, merci de le supprimer.")]
    [InlineData("This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it. Any unauthorised disclosure is prohibited.")]
    [InlineData("CONFIDENTIALITY NOTICE: The information in this message is privileged and confidential, intended only for the recipient named above. If you received it in error, notify us and destroy it.")]
    [InlineData("*****\nDisclaimer: this message may contain confidential information. If you are not the intended recipient, please delete it; any disclosure is prohibited.")]
    public void Clean_LegalDisclaimer_Removed(string disclaimer)
    {
        var cleaned = BodyCleaner.Clean($"Bonjour,\nLe virement est parti.\n\nCordialement,\nJean Dupont\nACME\n\n{disclaimer}\n", null);

        Assert.Equal(["Bonjour,", "Le virement est parti.", "", "Cordialement,", "Jean Dupont", "ACME"], cleaned.Own);
    }

    [Theory]
    [InlineData("This message contains the confidential report you asked for.\nThanks,\nJohn")]
    [InlineData("Le rapport est prêt : voir le lien.\nLe 3 juin, nous en parlerons.\nCordialement")]
    [InlineData("De : votre part, rien à signaler.\nÀ bientôt,\nPaul")]
    [InlineData("Pouvez-vous m'envoyer le mail de Jean ?\nIl a écrit : le contrat est prêt.\nMerci")]
    [InlineData("Sent from the office at 9am, as promised.\nJohn")]
    [InlineData("> 5 M EUR was the target?\nNo, 3 M EUR.")]
    public void Clean_OrdinaryText_NotMistakenForQuoteOrFooter(string body)
    {
        var cleaned = BodyCleaner.Clean(body, null);

        var expected = body.Split('\n').Where(l => !l.StartsWith('>')).ToArray();
        Assert.Equal(expected, cleaned.Own);
    }

    [Fact]
    public void Clean_OnlyQuotedLines_KeptAsWritten()
    {
        var cleaned = BodyCleaner.Clean("> Thanks,\n> Mark\n> Senior Counsel\n", null);

        Assert.Equal(["> Thanks,", "> Mark", "> Senior Counsel"], cleaned.Own);
    }
}
