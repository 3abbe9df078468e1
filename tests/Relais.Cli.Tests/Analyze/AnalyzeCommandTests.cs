using System.Text;
using System.Text.Json;
using Relais.Cli.Analyze;
using Relais.Engine;

namespace Relais.Cli.Tests.Analyze;

public sealed class AnalyzeCommandTests
{
    private static readonly EmailAnalyzer Analyzer = new(new AnalyzerOptions { DefaultRegion = "FR" });

    [Fact]
    public void Run_GoldenMessage_WritesTheGoldenAnalysis()
    {
        using var output = new MemoryStream();
        using var errors = new StringWriter();

        var code = AnalyzeCommand.Run(Analyzer, [Path.Combine(Relais.Testing.GoldenAnalysis.Folder, "analysis.eml")], output, errors);

        Assert.Equal(0, code);
        Relais.Testing.GoldenAnalysis.AssertMatches(Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void Run_Folder_OneJsonLinePerMessageInPathOrder()
    {
        using var folder = new TempFolder();
        folder.Write("b/2.eml", Mail("<2@x>", "Deuxième"));
        folder.Write("a.eml", Mail("<1@x>", "Premier"));
        folder.Write("c/3.eml", Mail("<3@x>", "Troisième"));
        folder.Write("notes.txt", "not a message");

        var (code, lines, errors) = Run(folder.Path);

        Assert.Equal(0, code);
        Assert.Empty(errors);
        Assert.Equal(["<1@x>", "<2@x>", "<3@x>"], lines.Select(l => l.GetProperty("message_id").GetString()));
        Assert.Equal(["Premier", "Deuxième", "Troisième"], lines.Select(l => l.GetProperty("text").GetString()));
    }

    [Fact]
    public void Run_MissingPath_ReportedOnStderrExitOneOthersStillAnalysed()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ok.eml", Mail("<ok@x>", "Bonjour"));

        var (code, lines, errors) = Run(Path.Combine(folder.Path, "absent"), file);

        Assert.Equal(1, code);
        Assert.Contains("cannot read", errors, StringComparison.Ordinal);
        Assert.Equal("<ok@x>", Assert.Single(lines).GetProperty("message_id").GetString());
    }

    [Fact]
    public void Run_BrokenMessage_ErrorFieldAndExitZero()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.eml", "From: a@b.fr\nContent-Type: text/plain; charset=x-martian\n\nCaf\u00e9");

        var (code, lines, _) = Run(file);

        Assert.Equal(0, code);
        Assert.Equal("unknown charset 'x-martian', read as utf-8", Assert.Single(lines).GetProperty("error").GetString());
    }

    [Fact]
    public void Run_Mbox_EachMessageWithItsIndex()
    {
        using var folder = new TempFolder();
        var mbox = folder.Write("box.mbox", "From a@b.fr Mon Jun  3 10:00:00 2024\n" + Mail("<m1@x>", "Un") + "\n\nFrom a@b.fr Mon Jun  3 11:00:00 2024\n" + Mail("<m2@x>", "Deux") + "\n");

        var (_, lines, _) = Run(mbox);

        Assert.Equal([mbox + "#0", mbox + "#1"], lines.Select(l => l.GetProperty("source").GetString()));
        Assert.Equal(["Un", "Deux"], lines.Select(l => l.GetProperty("text").GetString()));
    }

    private static (int Code, List<JsonElement> Lines, string Errors) Run(params string[] paths)
    {
        using var output = new MemoryStream();
        using var errors = new StringWriter();
        var code = AnalyzeCommand.Run(Analyzer, paths, output, errors);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (code, lines, errors.ToString());
    }

    private static string Mail(string id, string body) =>
        $"Message-ID: {id}\nFrom: Jean Dupont <jean@acme.fr>\nSubject: Test\nContent-Type: text/plain; charset=utf-8\n\n{body}\n";
}
