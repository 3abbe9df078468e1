using Relais.Engine.Text;

namespace Relais.Engine.Tests.Text;

public sealed class HtmlToTextTests
{
    [Theory]
    [InlineData("<div>Bonjour,</div><div><br></div><div>Voici le devis.</div>", "Bonjour,\n\nVoici le devis.")]
    [InlineData("Bonjour,<br>Voici le devis.<br><br>Cordialement,<br>Jean", "Bonjour,\nVoici le devis.\n\nCordialement,\nJean")]
    [InlineData("<p>Hello John,</p><p>Please find the report attached.</p>", "Hello John,\n\nPlease find the report attached.")]
    [InlineData("<p class=MsoNormal>Bonjour,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Merci.</p>", "Bonjour,\n\nMerci.")]
    [InlineData("<table><tr><td>Jean Dupont</td><td>Directeur</td></tr><tr><td>Tél. : 01 23 45 67 89</td></tr></table>", "Jean Dupont\nDirecteur\nTél. : 01 23 45 67 89")]
    [InlineData("<ul><li>Prospectus</li><li>DICI</li></ul>", "- Prospectus\n- DICI")]
    [InlineData("<h1>Titre</h1>Texte   avec\n  espaces", "Titre\nTexte avec espaces")]
    [InlineData("<pre>ligne 1\n  ligne 2</pre>", "ligne 1\n  ligne 2")]
    [InlineData("Prix&nbsp;: 1&nbsp;200&nbsp;&euro; &amp; frais", "Prix : 1 200 € & frais")]
    public void Convert_Structure_KeepsLines(string html, string expected)
    {
        Assert.Equal(expected, HtmlToText.Convert(html));
    }

    [Theory]
    [InlineData("<html><head><style>p{color:red}</style><title>T</title></head><body>Visible<script>alert(1)</script></body></html>", "Visible")]
    [InlineData("<div style=\"display: none\">preheader</div><div>Corps</div>", "Corps")]
    [InlineData("<span style='mso-hide:all'>caché</span>Texte", "Texte")]
    [InlineData("<div hidden>x</div>Texte", "Texte")]
    [InlineData("Texte<img src=\"logo.png\" alt=\"Logo\">", "Texte")]
    public void Convert_InvisibleContent_Dropped(string html, string expected)
    {
        Assert.Equal(expected, HtmlToText.Convert(html));
    }

    [Theory]
    [InlineData("Oui.<blockquote type=\"cite\">Question ?<br>Suite</blockquote>", "Oui.\n> Question ?\n> Suite")]
    [InlineData("Ok<div class=\"gmail_quote\">Le lun. a écrit :<blockquote class=\"gmail_quote\">Avant</blockquote></div>", "Ok\n> Le lun. a écrit :\n>> Avant")]
    [InlineData("Ok<div class=\"yahoo_quoted\">On Monday wrote:<div>Avant</div></div>", "Ok\n> On Monday wrote:\n> Avant")]
    [InlineData("Réponse<hr>De : Claire", "Réponse\n" + HtmlElements.RuleLine + "\nDe : Claire")]
    public void Convert_QuotedMaterial_MarkedAsQuote(string html, string expected)
    {
        Assert.Equal(expected, HtmlToText.Convert(html));
    }

    [Fact]
    public void Convert_DeeplyNestedMarkup_KeepsTextWithoutStackOverflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 5000)) + "fond" + string.Concat(Enumerable.Repeat("</span></div>", 5000));

        Assert.Equal("fond", HtmlToText.Convert(html));
    }
}
