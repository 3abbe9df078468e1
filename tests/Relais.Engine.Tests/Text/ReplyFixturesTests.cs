using Relais.Engine.Mime;
using Relais.Engine.Text;

namespace Relais.Engine.Tests.Text;

/// <summary>
/// Replies and forwards from every common client, in French, English, German, Spanish, Italian and Dutch. Each
/// fixture's .expected file holds the sender's text, then "~~ signature ~~" and the signature block.
/// </summary>
public sealed class ReplyFixturesTests
{
    private const string SignatureMarker = "~~ signature ~~\n";
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Text", "Fixtures", "Replies");
    private static readonly EmailAnalyzer Analyzer = new();

    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetFiles(Folder, "*.eml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Forwards() =>
        [.. Fixtures().Select(row => row.Data).Where(name => name.StartsWith("forward-", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_ReplyFixture_OwnLinesAreTextAndSignatureExactly(string name)
    {
        var read = Read(name);

        Assert.Equal(Expected(name).Own, TextLines.Join(read.OwnLines));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Analyze_ReplyFixture_TextIsExactlyTheSendersWords(string name)
    {
        using var stream = File.OpenRead(Path.Combine(Folder, name + ".eml"));

        var analysis = Analyzer.Analyze(stream, name);

        Assert.Equal(Expected(name).Text, analysis.Text);
        Assert.DoesNotContain("claire.martin@helios-gestion.fr", analysis.Text, StringComparison.Ordinal);
        Assert.Null(analysis.Error);
        Assert.Null(analysis.Automated);
    }

    [Theory]
    [MemberData(nameof(Forwards))]
    public void Read_Forward_KeepsTheForwardedMessageApart(string name)
    {
        var read = Read(name);

        var forwarded = Assert.Single(read.Forwarded);
        Assert.Matches(@"(?m)^(Subject|Objet)\s?:", forwarded);
        Assert.DoesNotContain(read.OwnLines, line => forwarded.Contains(line.Trim(), StringComparison.Ordinal) && line.Trim().Length > 12);
    }

    [Fact]
    public void Fixtures_CoverEveryClientAndLanguage()
    {
        var names = Fixtures().Select(row => row.Data).ToHashSet();

        string[] required =
        [
            "gmail-en", "gmail-fr", "gmail-html-fr", "outlook-desktop-en", "outlook-desktop-fr", "outlook-web-en",
            "outlook-ios-en", "outlook-ios-fr", "apple-ios-en", "apple-ios-fr", "apple-desktop-fr", "thunderbird-en",
            "thunderbird-fr", "yahoo-en", "yahoo-fr", "reply-de", "outlook-de", "reply-es", "outlook-es", "reply-it",
            "outlook-it", "reply-nl", "outlook-nl",
        ];
        Assert.All(required, name => Assert.Contains(name, names));
    }

    private static ReadMessage Read(string name)
    {
        using var stream = File.OpenRead(Path.Combine(Folder, name + ".eml"));
        return MessageReader.Read(stream);
    }

    private static (string Text, string Own) Expected(string name)
    {
        var expected = File.ReadAllText(Path.Combine(Folder, name + ".expected")).ReplaceLineEndings("\n");
        var marker = expected.IndexOf(SignatureMarker, StringComparison.Ordinal);
        var text = (marker < 0 ? expected : expected[..marker]).TrimEnd('\n');
        var own = expected.Replace(SignatureMarker, "", StringComparison.Ordinal).TrimEnd('\n');
        return (text, own);
    }
}
