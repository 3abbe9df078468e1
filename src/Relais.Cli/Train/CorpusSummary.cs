using System.Globalization;
using System.Text;
using Relais.Engine.Intents.Training;

namespace Relais.Cli.Train;

internal static class CorpusSummary
{
    public static string Describe(IReadOnlyList<LabelledText> corpus)
    {
        var text = new StringBuilder();
        text.AppendLine("corpus: label, fr, en, needs_reply");
        foreach (var group in corpus.GroupBy(e => e.Intent).OrderBy(g => g.Key))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {IntentCorpus.Code(group.Key),-18} {group.Count(e => e.Language == "fr"),4} {group.Count(e => e.Language == "en"),4} {group.Count(e => e.NeedsReply),4}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  total {corpus.Count}");
        return text.ToString();
    }
}
