using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Relais.Cli.Hosting;
using Relais.Data;

namespace Relais.Cli.Migrate;

/// <summary><c>relais migrate up</c> and <c>relais migrate down [--to NAME]</c>.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var up = new Command("up", "Apply every pending migration.");
        up.SetHostedAction(async (_, services, output, cancellationToken) =>
        {
            var applied = await services.GetRequiredService<DatabaseMigrator>().UpAsync(cancellationToken);
            await ReportAsync(output, applied, "Applied", "The database is up to date.");
            return 0;
        });

        var to = new Option<string?>("--to")
        {
            Description = "Roll back to this migration (it stays applied); 0 removes every migration. Default: only the last one.",
        };
        var down = new Command("down", "Roll back migrations.") { to };
        down.SetHostedAction(async (parse, services, output, cancellationToken) =>
        {
            var rolledBack = await services.GetRequiredService<DatabaseMigrator>().DownAsync(parse.GetValue(to), cancellationToken);
            await ReportAsync(output, rolledBack, "Rolled back", "Nothing to roll back.");
            return 0;
        });

        return new Command("migrate", "Apply or roll back database migrations.") { up, down };
    }

    private static async Task ReportAsync(TextWriter output, IReadOnlyList<string> migrations, string verb, string nothing)
    {
        if (migrations.Count == 0)
        {
            await output.WriteLineAsync(nothing);
        }

        foreach (var migration in migrations)
        {
            await output.WriteLineAsync($"{verb} {migration}");
        }
    }
}
