using System.CommandLine;
using Relais.Engine.Intents.Training;

namespace Relais.Cli.Train;

/// <summary>
/// <c>relais train needs-reply</c>: trains the needs-reply model on parakweet-train (from the shared
/// datasets, never copied into the repository) plus the committed corpus, and prints held-out figures.
/// </summary>
internal static class TrainNeedsReplyCommand
{
    private const string DatasetName = "parakweet-train";

    public static Command Create()
    {
        var datasets = new Option<string?>("--datasets") { Description = "Folder holding parakweet-train (default: shared/datasets above the working directory)." };
        var folder = new Option<string?>("--intents") { Description = $"The engine's Intents folder (default: {TrainPaths.IntentsFolder} above the working directory)." };
        var output = new Option<string?>("--output") { Description = "Model file to write (default: Intents/Models/needs-reply.model)." };
        var compare = new Option<bool>("--compare") { Description = "Only print five-fold figures of the alternative setups measured against the shipped one; write nothing." };
        var command = new Command("needs-reply", "Train the needs-reply model on parakweet-train and the committed corpus.") { datasets, folder, output, compare };
        command.SetAction(parse =>
        {
            var datasetsFolder = parse.GetValue(datasets) ?? TrainPaths.FindUp("shared/datasets");
            var intents = parse.GetValue(folder) ?? TrainPaths.FindUp(TrainPaths.IntentsFolder);
            if (datasetsFolder is null || intents is null || !Directory.Exists(Path.Combine(datasetsFolder, DatasetName)))
            {
                Console.Error.WriteLine($"relais train needs-reply: cannot find {DatasetName} or {TrainPaths.IntentsFolder}; pass --datasets and --intents.");
                return 1;
            }

            var dataset = ReadDataset(Path.Combine(datasetsFolder, DatasetName));
            var corpus = CorpusFiles.Read(TrainPaths.CorpusFolder(intents));
            if (parse.GetValue(compare))
            {
                Console.Out.Write(NeedsReplyTraining.Compare(dataset, corpus, NeedsReplyExperiments.Setups()));
                return 0;
            }

            var trained = NeedsReplyTraining.Train(dataset, corpus, evaluate: true);
            var path = parse.GetValue(output) ?? Path.Combine(TrainPaths.ModelsFolder(intents), "needs-reply.model");
            var bytes = trained.Model.Serialize();
            File.WriteAllBytes(path, bytes);
            Console.Out.Write(trained.Report);
            Console.Out.WriteLine($"wrote {path} ({bytes.Length} bytes)");
            return 0;
        });
        return command;
    }

    /// <summary>Reads each labelled .eml's subject and plain-text body, in gold.jsonl order.</summary>
    internal static IReadOnlyList<LabelledText> ReadDataset(string folder) =>
        File.ReadLines(Path.Combine(folder, "gold.jsonl"))
            .Select(line => DatasetMessages.NeedsReply(line, source => File.OpenRead(Path.Combine(folder, source))))
            .OfType<LabelledText>()
            .ToArray();
}
