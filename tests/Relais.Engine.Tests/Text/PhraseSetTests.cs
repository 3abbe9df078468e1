using System.Text.RegularExpressions;
using Relais.Engine.Text;

namespace Relais.Engine.Tests.Text;

public sealed class PhraseSetTests
{
    private static readonly PhraseSet Set = new(
    [
        new PhraseSet.Family(1, ["mail delivery failed", "n'a pas pu être remis", "je suis absent"]),
        new PhraseSet.Family(2, ["until"], ("from", new Regex(@"\bfrom .{1,30} to ", RegexOptions.IgnoreCase))),
    ]);

    [Theory]
    [InlineData("Subject: MAIL DELIVERY FAILED: returning message", 1)]
    [InlineData("Le message N'A PAS PU ÊTRE REMIS au destinataire.", 1)]
    [InlineData("Bonjour, je suis absente jusqu'au 12.", 1)]
    [InlineData("I am away until Monday.", 2)]
    [InlineData("Away from 3 June to 14 June, then back.", 2)]
    [InlineData("Mail delivery failed.\nBack until Friday.", 3)]
    [InlineData("The delivery failed twice; the mail was late.", 0)]
    [InlineData("from here on", 0)]
    [InlineData("", 0)]
    public void Tags_Text_FamiliesFound(string text, int expected)
    {
        Assert.Equal(expected, Set.Tags(text));
    }

    [Fact]
    public void Tags_LongText_StaysFast()
    {
        var text = string.Concat(Enumerable.Repeat("The quarterly report from the desk shows nothing unusual today. ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var tags = Set.Tags(text);

        Assert.Equal(0, tags);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }
}
