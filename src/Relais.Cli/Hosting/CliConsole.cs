using System.CommandLine;
using Spectre.Console;

namespace Relais.Cli.Hosting;

/// <summary>
/// Progress bars go to stderr, so stdout keeps only the results scripts read; on a terminal they
/// are live, elsewhere (pipes, logs, tests) Spectre.Console writes them as plain lines.
/// </summary>
internal static class CliConsole
{
    public static IAnsiConsole ForProgress(ParseResult parse) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Error),
        Ansi = AnsiSupport.Detect,
        Interactive = InteractionSupport.Detect,
    });

    public static Progress Bar(IAnsiConsole console) => console.Progress()
        .AutoClear(false)
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn());
}
