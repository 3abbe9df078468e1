namespace Relais.Engine.Tests.Intents;

/// <summary>Finds the repository's own files (the committed corpus) and the shared datasets beside it.</summary>
internal static class RepositoryFiles
{
    public static string CorpusFolder => FindUp("src/Relais.Engine/Intents/Corpus")
        ?? throw new DirectoryNotFoundException("The intent corpus is not above the test directory.");

    /// <summary>parakweet-train under a shared/datasets folder above the repository, or null when absent.</summary>
    public static string? Parakweet => FindUp("shared/datasets/parakweet-train");

    private static string? FindUp(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
