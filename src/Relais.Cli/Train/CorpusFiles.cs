using Relais.Engine.Intents.Training;

namespace Relais.Cli.Train;

/// <summary>Reads the committed intent corpus (one TSV per label) from disk.</summary>
internal static class CorpusFiles
{
    public static IReadOnlyList<LabelledText> Read(string corpusFolder) =>
        IntentCorpus.ReadAll(name => File.ReadAllText(Path.Combine(corpusFolder, name)));
}
