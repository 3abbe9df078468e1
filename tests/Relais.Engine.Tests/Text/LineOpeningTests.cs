using Relais.Engine.Text;

namespace Relais.Engine.Tests.Text;

public sealed class LineOpeningTests
{
    private static readonly LineOpening Openings = new(["please", "merci", "sent"], wordsLookedAt: 2);

    [Theory]
    [InlineData("Please consider the environment before printing this email.", true)]
    [InlineData("** Merci de penser à l'environnement avant d'imprimer", true)]
    [InlineData("P  Please consider the environment", true)]
    [InlineData("SENT FROM MY IPHONE", true)]
    [InlineData("Thanks, sent it to Claire this morning.", true)]
    [InlineData("Thank you, please call me tomorrow.", false)]
    [InlineData("Bonjour Claire, merci pour votre retour.", false)]
    [InlineData("12 rue de la Paix, 75002 Paris", false)]
    [InlineData("Envoyé de mon iPhone", true)]
    [InlineData("--", false)]
    [InlineData("", false)]
    public void MayOpen_FirstTwoWords_DecideWhetherALineCanOpenWithAWording(string line, bool expected)
    {
        Assert.Equal(expected, Openings.MayOpen(line));
    }
}
