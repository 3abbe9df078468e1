using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Relais.Cli.Hosting;

namespace Relais.Cli.Serve;

/// <summary><c>relais serve</c> (also what <c>relais</c> alone does): the API on the embedded SQLite or PostgreSQL.</summary>
internal static class ServeCommand
{
    public const string Description = "Run the Relais server (the default when no verb is given).";

    public static Command Create()
    {
        var command = new Command("serve", Description) { CliOptions.Urls };
        AddTo(command);
        return command;
    }

    /// <summary>Makes <paramref name="command"/> serve: used for the verb and for the root command.</summary>
    public static void AddTo(Command command) =>
        command.SetAction((parse, cancellationToken) => CliAction.GuardAsync(parse, async () =>
        {
            await using var app = CliHost.Build(parse, parse.GetValue(CliOptions.Urls));
            await HostingAbstractionsHostExtensions.RunAsync(app, cancellationToken);
            return 0;
        }));
}
