using System.CommandLine;
using Relais.Engine.Intents.Training;

namespace Relais.Cli.Train;

/// <summary><c>relais train intents</c>: trains the intent model on the committed corpus and prints held-out figures.</summary>
internal static class TrainIntentsCommand
{
    public static Command Create()
    {
        var folder = new Option<string?>("--intents") { Description = $"The engine's Intents folder (default: {TrainPaths.IntentsFolder} above the working directory)." };
        var output = new Option<string?>("--output") { Description = "Model file to write (default: Intents/Models/intent.model)." };
        var command = new Command("intents", "Train the intent model on the committed French/English corpus.") { folder, output };
        command.SetAction(parse =>
        {
            var intents = parse.GetValue(folder) ?? TrainPaths.FindUp(TrainPaths.IntentsFolder);
            if (intents is null)
            {
                Console.Error.WriteLine($"relais train intents: cannot find {TrainPaths.IntentsFolder}; pass --intents.");
                return 1;
            }

            var corpus = CorpusFiles.Read(TrainPaths.CorpusFolder(intents));
            var trained = IntentTraining.Train(corpus, evaluate: true);
            var path = parse.GetValue(output) ?? Path.Combine(TrainPaths.ModelsFolder(intents), "intent.model");
            var bytes = trained.Model.Serialize();
            File.WriteAllBytes(path, bytes);
            Console.Out.Write(CorpusSummary.Describe(corpus));
            Console.Out.Write(trained.Report);
            Console.Out.WriteLine($"wrote {path} ({bytes.Length} bytes)");
            return 0;
        });
        return command;
    }
}
