using System.CommandLine;
using Relais.Server.Hosting;

namespace Relais.Cli.Hosting;

/// <summary>The options scripts and operators rely on, each with its environment variable.</summary>
internal static class CliOptions
{
    public static readonly Option<string> DataDir = new("--data-dir")
    {
        Description = "Directory of the embedded SQLite database and the signing key [env: RELAIS_DATA_DIR].",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("RELAIS_DATA_DIR") is { Length: > 0 } dir ? dir : "./data",
        Recursive = true,
    };

    public static readonly Option<string?> Database = new("--database")
    {
        Description = "PostgreSQL connection string; absent means the embedded SQLite database [env: RELAIS_DATABASE].",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("RELAIS_DATABASE") is { Length: > 0 } database ? database : null,
        Recursive = true,
    };

    public static readonly Option<string> Urls = new("--urls")
    {
        Description = $"Addresses to listen on, ';'-separated [env: RELAIS_URLS].",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("RELAIS_URLS") is { Length: > 0 } urls ? urls : RelaisOptions.DefaultUrls,
    };
}
