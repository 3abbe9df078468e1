using System.CommandLine;

namespace Relais.Cli.Train;

/// <summary><c>relais train ...</c>: rebuilds the engine's committed model files from the corpus and datasets.</summary>
internal static class TrainCommand
{
    public static Command Create() => new("train", "Retrain the engine's shipped models (deterministic; writes the committed model files).")
    {
        TrainIntentsCommand.Create(),
        TrainNeedsReplyCommand.Create(),
        TrainSignaturesCommand.Create(),
    };
}
