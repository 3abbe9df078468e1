using System.CommandLine;
using Relais.Cli.Analyze;
using Relais.Engine;

namespace Relais.Cli.Eval;

/// <summary><c>relais eval [--default-region CC] DATASET_DIR</c>: analyses a dataset folder and prints score.py's figures.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var region = new Option<string?>("--default-region") { Description = "Phone region used when nothing else tells (ISO 3166, e.g. US for Enron mail)." };
        var json = new Option<bool>("--json") { Description = "One line of JSON instead of indented." };
        var predictions = new Option<string?>("--predictions") { Description = "Score this analyze output (JSON lines) instead of analysing the folder." };
        var dataset = new Argument<string>("DATASET_DIR") { Description = "A folder of .eml files with its gold.jsonl." };
        var command = new Command("eval", "Analyse a labelled dataset folder and print the figures of score.py.") { region, json, predictions, dataset };
        command.SetAction(parse =>
        {
            var analyzer = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = parse.GetValue(region)?.ToUpperInvariant() });
            return Run(analyzer, parse.GetValue(dataset)!, parse.GetValue(predictions), parse.GetValue(json), Console.Out, Console.Error);
        });
        return command;
    }

    internal static int Run(EmailAnalyzer analyzer, string dataset, string? predictionFile, bool oneLine, TextWriter output, TextWriter errors)
    {
        var goldPath = Path.Combine(dataset, "gold.jsonl");
        if (!File.Exists(goldPath))
        {
            errors.WriteLine($"relais eval: no gold.jsonl in {dataset}");
            return 1;
        }

        var golds = File.ReadLines(goldPath).Where(l => l.Trim().Length > 0).Select(Gold.Parse).ToList();
        var predictions = predictionFile is null ? Analyse(analyzer, dataset) : PredictionFile.Read(predictionFile);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataset)));
        output.WriteLine(Scorer.Score(name, golds, predictions).Dump(indent: !oneLine));
        return 0;
    }

    private static Dictionary<string, Prediction> Analyse(EmailAnalyzer analyzer, string dataset)
    {
        var predictions = new Dictionary<string, Prediction>(StringComparer.Ordinal);
        var inputs = MessageSources.Open(dataset, Console.OpenStandardInput);
        foreach (var line in OrderedParallel.Map(inputs, input => AnalysisLine.Of(analyzer, input)))
        {
            // Keyed like score.py: the file name of the source, before any "#n" of an mbox.
            predictions[Path.GetFileName(line.Analysis.Source?.Split('#')[0] ?? "")] = Prediction.Of(line.Analysis);
        }

        return predictions;
    }
}
