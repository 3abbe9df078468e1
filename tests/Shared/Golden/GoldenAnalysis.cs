using System.Text.Json.Nodes;

namespace Relais.Testing;

/// <summary>
/// The golden analysis both <c>relais analyze</c> and the API must give for <c>Golden/analysis.eml</c>:
/// one JSON contract, so the two never differ. Timing and source (path or id) are left out.
/// </summary>
public static class GoldenAnalysis
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Golden");

    public static byte[] Message => File.ReadAllBytes(Path.Combine(Folder, "analysis.eml"));

    public static JsonNode Expected => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "analysis.json")))!;

    /// <summary>The analysis without what legitimately differs between runs and callers.</summary>
    public static JsonNode Comparable(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("elapsed_ms");
        node.Remove("source");
        return node;
    }

    public static void AssertMatches(string json)
    {
        var actual = Comparable(json);
        Assert.True(JsonNode.DeepEquals(Expected, actual), $"The analysis differs from Golden/analysis.json:\n{actual.ToJsonString()}");
    }
}
