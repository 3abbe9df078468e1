using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Relais.Cli.Hosting;
using Relais.Demo;

namespace Relais.Cli.Seed;

/// <summary><c>relais seed --demo</c>: the demo team, its admin and its mailbox; does nothing when they exist.</summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Create team \"Démo\" with people, organisations and a demo mailbox." };
        var command = new Command("seed", "Load data into the database.") { demo };
        command.SetHostedAction(async (parse, services, output, cancellationToken) =>
        {
            if (!parse.GetValue(demo))
            {
                throw new CliException("nothing to seed: pass --demo.");
            }

            await CliHost.EnsureSchemaAsync(services, cancellationToken);
            var result = await services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
            await output.WriteLineAsync(result.Created
                ? $"Created team \"{DemoLogin.TeamName}\": {result.People} people, {result.Organisations} organisations, {result.Emails} emails."
                : $"Team \"{DemoLogin.TeamName}\" already exists: nothing done.");
            if (result.TeamId is { } teamId && await DemoProcessing.RunAsync(services, teamId, cancellationToken) is { } job)
            {
                await output.WriteLineAsync($"Processed the demo mailbox: {job.EmailsProcessed} emails, {job.AutoApplied} fields auto-applied, {job.ManualReview} waiting for review.");
            }

            foreach (var line in DemoLogin.Lines)
            {
                await output.WriteLineAsync(line);
            }

            return 0;
        });
        return command;
    }
}
