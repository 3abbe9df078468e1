namespace Relais.Engine.Text;

/// <summary>Cuts quoted replies and forwarded material, leaving the sender's own lines.</summary>
internal static class ReplySplitter
{
    // Placeholder until the quote/forward cutter lands: stops at the first '>' line or Outlook marker.
    public static string[] OwnLines(string body)
    {
        var lines = TextLines.Split(body);
        var end = Array.FindIndex(lines, l => l.StartsWith('>') || l.Contains("-----Original Message-----", StringComparison.Ordinal));
        return end < 0 ? lines : lines[..end];
    }
}
