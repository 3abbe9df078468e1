using Relais.Engine;
using Relais.Engine.Intents.Training;

namespace Relais.Cli.Train;

/// <summary>Reads the committed intent corpus (one TSV per label) from disk.</summary>
internal static class CorpusFiles
{
    public static IReadOnlyList<LabelledText> Read(string corpusFolder)
    {
        var examples = new List<LabelledText>();
        foreach (var intent in Enum.GetValues<Intent>())
        {
            var path = Path.Combine(corpusFolder, IntentCorpus.Code(intent) + ".tsv");
            examples.AddRange(IntentCorpus.Parse(intent, File.ReadAllText(path)));
        }

        return examples;
    }
}
