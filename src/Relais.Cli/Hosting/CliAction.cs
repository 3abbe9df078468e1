using System.CommandLine;
using System.CommandLine.Parsing;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Relais.Cli.Hosting;

/// <summary>An error the operator can fix: printed as one line, no stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);

/// <summary>
/// Runs a verb against the server's composition and turns failures into one line on stderr and
/// exit code 1, so scripts can test <c>$?</c> and people see what to fix.
/// </summary>
internal static class CliAction
{
    public static void SetHostedAction(this Command command, Func<ParseResult, IServiceProvider, TextWriter, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return await GuardAsync(parse, async () =>
            {
                await using var app = CliHost.Build(parse);
                await using var scope = app.Services.CreateAsyncScope();
                return await action(parse, scope.ServiceProvider, output, cancellationToken);
            });
        });

    public static async Task<int> GuardAsync(ParseResult parse, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is CliException or ArgumentException or InvalidOperationException or DbException or IOException or UnauthorizedAccessException or OptionsValidationException)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"{CommandPath(parse)}: {Describe(ex)}");
            return 1;
        }
    }

    /// <summary>"relais migrate down", whatever the executable is called.</summary>
    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is CommandResult command; result = command.Parent)
        {
            names.Insert(0, command.Command is RootCommand ? "relais" : command.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static string Describe(Exception ex) => ex switch
    {
        DbException db => $"database error: {db.Message}",
        ArgumentException argument when argument.ParamName is { } name => argument.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal),
        _ when ex.InnerException is DbException inner => $"database error: {inner.Message}",
        _ => ex.Message,
    };
}
