namespace Relais.Engine.Mime;

/// <summary>Removes control characters; reports when there were so many the input was binary rather than text.</summary>
internal static class ControlChars
{
    public static (string Text, bool Binary) Clean(string text)
    {
        var bad = 0;
        foreach (var c in text)
        {
            bad += IsBad(c) ? 1 : 0;
        }

        if (bad == 0)
        {
            return (text, false);
        }

        var binary = bad > 16 && bad * 20 > text.Length;
        if (binary)
        {
            return ("", true);
        }

        return (string.Create(text.Length - bad, text, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (!IsBad(c))
                {
                    span[i++] = c;
                }
            }
        }), false);
    }

    private static bool IsBad(char c) => (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) || c is '\uFFFD' or '\u007F';
}
