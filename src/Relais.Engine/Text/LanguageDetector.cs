namespace Relais.Engine.Text;

internal static class LanguageDetector
{
    // Placeholder until the language model lands.
    public static string? Detect(string text) => string.IsNullOrWhiteSpace(text) ? null : null;
}
