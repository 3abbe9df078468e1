using System.Text.RegularExpressions;

namespace Relais.Engine.Intents.Training;

/// <summary>
/// Reads the committed intent corpus: one TSV file per label (<c>meeting_request.tsv</c>), one message
/// per line as <c>lang TAB needs_reply(y/n) TAB subject TAB body</c>, with <c>\n</c> for line breaks in
/// the body and <c>#</c> starting comment lines.
/// </summary>
internal static partial class IntentCorpus
{
    public static string Code(Intent intent) => SnakeCase().Replace(intent.ToString(), "_$1").ToLowerInvariant();

    public static Intent? ParseCode(string code) =>
        Enum.GetValues<Intent>().Select(i => (Intent?)i).FirstOrDefault(i => Code(i!.Value) == code);

    /// <summary>The whole corpus, every label's file read through <paramref name="readFile"/> (file name in, text out).</summary>
    public static IReadOnlyList<LabelledText> ReadAll(Func<string, string> readFile) =>
        Enum.GetValues<Intent>().SelectMany(intent => Parse(intent, readFile(Code(intent) + ".tsv"))).ToArray();

    public static IEnumerable<LabelledText> Parse(Intent label, string tsv)
    {
        var lineNumber = 0;
        foreach (var line in tsv.Split('\n'))
        {
            lineNumber++;
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var columns = trimmed.Split('\t');
            if (columns.Length != 4 || columns[1] is not ("y" or "n"))
            {
                throw new FormatException($"{Code(label)}.tsv line {lineNumber}: expected lang, y/n, subject, body separated by tabs.");
            }

            var body = columns[3].Replace("\\n", "\n", StringComparison.Ordinal);
            var subject = columns[2].Length == 0 ? null : columns[2];
            yield return new LabelledText($"{Code(label)}|{columns[2]}|{body}", subject, body, columns[0], label, columns[1] == "y");
        }
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex SnakeCase();
}
