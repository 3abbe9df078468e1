using System.CommandLine;
using Relais.Cli.Autofill;
using Relais.Cli.Import;
using Relais.Cli.Migrate;
using Relais.Cli.Seed;
using Relais.Cli.Serve;
using Relais.Cli.Tokens;
using Relais.Cli.Users;

namespace Relais.Cli.Hosting;

/// <summary>The server verbs, and <c>serve</c> as what <c>relais</c> does without a verb.</summary>
internal static class RelaisCommands
{
    public static RootCommand AddTo(RootCommand root)
    {
        root.Options.Add(CliOptions.DataDir);
        root.Options.Add(CliOptions.Database);
        root.Options.Add(CliOptions.Urls);
        ServeCommand.AddTo(root);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(TokenCommand.Create());
        root.Subcommands.Add(UserCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(AutofillCommand.Create());
        return root;
    }
}
