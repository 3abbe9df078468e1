namespace Relais.Cli.Train;

/// <summary>Default locations, found by walking up from the working directory.</summary>
internal static class TrainPaths
{
    public const string IntentsFolder = "src/Relais.Engine/Intents";

    /// <summary>The first ancestor of the working directory (itself included) holding <paramref name="relative"/>.</summary>
    public static string? FindUp(string relative)
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string ModelsFolder(string intentsFolder) => Path.Combine(intentsFolder, "Models");

    public static string CorpusFolder(string intentsFolder) => Path.Combine(intentsFolder, "Corpus");
}
