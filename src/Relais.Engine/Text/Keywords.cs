using System.Buffers;

namespace Relais.Engine.Text;

/// <summary>
/// Cheap vectorised prefilters in front of the large regular expressions: a line that contains none of a pattern
/// family's words cannot match it, so the regex is only run on the few lines that might.
/// </summary>
internal static class Keywords
{
    public static SearchValues<string> Of(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    public static bool Any(string line, SearchValues<string> words) => line.AsSpan().ContainsAny(words);
}
