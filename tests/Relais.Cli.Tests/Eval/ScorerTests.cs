using Relais.Cli.Eval;
using Relais.Engine;

namespace Relais.Cli.Tests.Eval;

public sealed class ScorerTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Eval", "Fixtures", "minids");

    [Theory]
    [InlineData(0.0005, 0.001)]
    [InlineData(0.1235, 0.123)]
    [InlineData(0.8125, 0.812)]
    [InlineData(0.9995, 1.0)]
    [InlineData(2.0 / 3, 0.667)]
    [InlineData(0.0, 0.0)]
    public void Round_LikePython(double value, double expected)
    {
        Assert.Equal(expected, PyFloat.Round(value));
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(0.667, "0.667")]
    [InlineData(0.1, "0.1")]
    public void Repr_LikePython(double value, string expected)
    {
        Assert.Equal(expected, PyFloat.Repr(value));
    }

    [Fact]
    public void Run_PredictionsFile_PrintsExactlyWhatScorePyPrints()
    {
        // expected.txt is score.py's output for these files (python3 score.py minids pred.jsonl).
        using var folder = new TempFolder("minids");
        File.Copy(Path.Combine(Fixtures, "gold.jsonl"), Path.Combine(folder.Path, "gold.jsonl"));
        using var output = new StringWriter();

        var code = EvalCommand.Run(new EmailAnalyzer(), folder.Path, Path.Combine(Fixtures, "pred.jsonl"), oneLine: false, output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(Fixtures, "expected.txt")), output.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("phone", "+33123456789", "01 23 45 67 89", true)]
    [InlineData("phone", "123", "123", false)]
    [InlineData("full_name", "DUPONT Jean", "Jean Dupont", true)]
    [InlineData("full_name", "J. Dupont", "Jean Dupont", false)]
    [InlineData("company", "ACME SAS France", "ACME SAS", true)]
    [InlineData("company", "ACME", "ACME SAS Paris", false)]
    [InlineData("website", "https://www.acme.fr/", "acme.fr", true)]
    [InlineData("email", "Jean@ACME.fr", "jean@acme.fr", true)]
    public void Same_LikeScorePy(string field, string predicted, string gold, bool expected)
    {
        Assert.Equal(expected, Matching.Same(field, predicted, gold));
    }
}
