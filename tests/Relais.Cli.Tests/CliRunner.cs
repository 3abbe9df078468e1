using System.CommandLine;
using Relais.Cli.Hosting;
using Relais.Data;

namespace Relais.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the relais command line in process against a throwaway data directory.</summary>
internal sealed class CliRunner : IDisposable
{
    public string DataDir { get; } = Directory.CreateTempSubdirectory("relais-cli-").FullName;

    public async Task<CliResult> RunAsync(params string[] args) => await RunAsync(args, CancellationToken.None);

    public async Task<CliResult> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var root = RelaisCommands.AddTo(new RootCommand("test"));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse([.. args, "--data-dir", DataDir])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A context on the embedded database the CLI wrote, seen across teams (tests check what a verb wrote).</summary>
    public RelaisDbContext OpenDatabase() => new(DatabaseSettings.EmbeddedSqlite(DataDir).CreateContextOptions(), TeamScope.Unscoped("test checks"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDir, recursive: true);
    }
}
