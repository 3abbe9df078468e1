namespace Relais.Engine.Benchmarks;

/// <summary>
/// Where the development datasets are: <c>RELAIS_DATASETS</c> if set, else the first <c>shared/datasets</c> found next
/// to the working directory or one of its parents (the repository sits beside <c>shared/</c>).
/// </summary>
internal static class DatasetFolder
{
    public static readonly string[] Names = ["forge", "quagga-enron", "sisimai", "parakweet-train"];

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("RELAIS_DATASETS") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "datasets");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>A dataset's messages in a stable order (the order <c>relais analyze</c> reads them).</summary>
    public static string[] Files(string root, string dataset) =>
        Directory.EnumerateFiles(Path.Combine(root, dataset), "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The region <c>relais eval</c> is run with for this dataset (Enron mail is US mail).</summary>
    public static string? Region(string dataset) => dataset is "forge" or "quagga-enron" ? "US" : null;
}
