using Relais.Engine.Text;

namespace Relais.Engine.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Bonjour Madame Rousseau,\nPourriez-vous m'envoyer le reporting du mois de mars ? Merci par avance.", "fr")]
    [InlineData("Je vous confirme notre rendez-vous de jeudi à 10h dans nos locaux.", "fr")]
    [InlineData("suite a notre echange je vous envoie les documents demandes", "fr")]
    [InlineData("Hi Sarah,\nCould you send me the March report? Thanks in advance.", "en")]
    [InlineData("I can confirm our meeting on Thursday at 10am at our office.", "en")]
    [InlineData("thanks for the call, let me know when you have the figures", "en")]
    [InlineData("Sehr geehrte Frau Weber, vielen Dank für Ihre Nachricht. Ich bin ab Montag wieder im Büro.", "de")]
    [InlineData("Estimado Sr. García, gracias por su mensaje. Le envío el informe de la cartera.", "es")]
    [InlineData("Gentile dottoressa Rossi, grazie per la sua mail. Le invio il rapporto della settimana.", "it")]
    [InlineData("Geachte heer De Vries, bedankt voor uw bericht. Ik stuur u het rapport van deze week.", "nl")]
    public void Detect_BusinessText_GivesItsLanguage(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Merci !")]
    [InlineData("OK")]
    [InlineData("Jean Dupont\n+33 1 44 55 66 77\nwww.helios-gestion.fr")]
    [InlineData("12345 67890 EUR 2024")]
    public void Detect_TooShortOrNoWords_IsUnknown(string text)
    {
        Assert.Null(LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_HugeText_LooksAtTheStartOnly()
    {
        var text = "Bonjour, je vous remercie pour votre retour et pour les documents. " + new string('x', 10_000_000);

        Assert.Equal("fr", LanguageDetector.Detect(text));
    }
}
