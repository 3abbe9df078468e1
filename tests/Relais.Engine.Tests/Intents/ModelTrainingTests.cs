using Relais.Engine.Intents;
using Relais.Engine.Intents.Training;

namespace Relais.Engine.Tests.Intents;

public sealed class ModelTrainingTests
{
    private static readonly Lazy<IReadOnlyList<LabelledText>> Corpus =
        new(() => IntentCorpus.ReadAll(name => File.ReadAllText(Path.Combine(RepositoryFiles.CorpusFolder, name))));

    [Fact]
    public void Corpus_EveryLabel_HasSixtyExamplesHalfFrench()
    {
        foreach (var intent in Enum.GetValues<Intent>())
        {
            var examples = Corpus.Value.Where(e => e.Intent == intent).ToArray();

            Assert.True(examples.Length >= 60, $"{intent}: {examples.Length} examples");
            Assert.True(examples.Count(e => e.Language == "fr") * 2 >= examples.Length, $"{intent}: fewer than half in French");
        }
    }

    [Fact]
    public void Train_SameDataTwice_GivesIdenticalModels()
    {
        var subset = Corpus.Value.Where((_, i) => i % 4 == 0).ToArray();

        var first = IntentTraining.Train(subset, evaluate: false).Model.Serialize();
        var second = IntentTraining.Train(subset, evaluate: false).Model.Serialize();

        Assert.Equal(first, second);
    }

    [Fact]
    public void ShippedIntentModel_IsWhatTrainingOnTheCorpusProduces()
    {
        var trained = IntentTraining.Train(Corpus.Value, evaluate: false).Model.Serialize();

        Assert.Equal(Resource(IntentClassifier.ResourceName), trained);
    }

    [Fact]
    public void ShippedNeedsReplyModel_IsWhatTrainingOnParakweetAndTheCorpusProduces()
    {
        var folder = RepositoryFiles.Parakweet;
        Assert.SkipWhen(folder is null, "shared/datasets/parakweet-train is not beside the repository");
        var dataset = File.ReadLines(Path.Combine(folder, "gold.jsonl"))
            .Select(line => DatasetMessages.NeedsReply(line, source => File.OpenRead(Path.Combine(folder, source))))
            .OfType<LabelledText>()
            .ToArray();

        var trained = NeedsReplyTraining.Train(dataset, Corpus.Value, evaluate: false).Model.Serialize();

        Assert.Equal(Resource(NeedsReplyClassifier.ResourceName), trained);
    }

    [Fact]
    public void Train_HeldOutFifth_ReportsMacroF1AboveAcceptance()
    {
        var report = IntentTraining.Train(Corpus.Value, evaluate: true).Report;

        var line = report.Split('\n').First(l => l.StartsWith("macro-F1 ", StringComparison.Ordinal));
        var macro = double.Parse(line.Split(' ')[1].TrimEnd(','), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(macro, 0.85, 1);
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(IntentClassifier).Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
