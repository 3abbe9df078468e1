using Relais.Engine.Text;

namespace Relais.Engine.Tests.Text;

public sealed class TextLinesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Bonjour")]
    [InlineData("Bonjour,\r\n\r\nMerci pour le devis.\r\nCordialement,\r\nJean Dupont\r\n")]
    [InlineData("Hi Claire,\n\nSee below.\n")]
    [InlineData("old Mac\rline endings\r\rand a CRLF\r\n")]
    [InlineData("\r\r\n\n\r")]
    [InlineData("form\ffeed, next\u0085line, line\u2028separator, paragraph\u2029separator")]
    [InlineData("\r\n")]
    [InlineData("ends with CR\r")]
    public void Split_AnyLineBreaks_GivesTheLinesOfReplaceLineEndingsThenSplit(string text)
    {
        Assert.Equal(text.ReplaceLineEndings("\n").Split('\n'), TextLines.Split(text));
    }
}
