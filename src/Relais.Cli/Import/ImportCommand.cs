using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Relais.Cli.Hosting;
using Relais.Server.Features.Emails;
using Spectre.Console;

namespace Relais.Cli.Import;

/// <summary>
/// <c>relais import PATH… [--team T]</c>: stores <c>.eml</c> folders and <c>.mbox</c> files as the
/// team's mail, streamed in batches (memory stays flat), each message once; the pipeline analyses
/// them at its next run (or <c>relais autofill run</c>).
/// </summary>
internal static class ImportCommand
{
    private const int BatchSize = 200;

    public static Command Create()
    {
        var team = TeamOption.Create();
        var paths = new Argument<string[]>("PATH") { Description = "Folder of .eml files, .eml file, or .mbox file.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import mail from .eml folders and .mbox files.") { team, paths };
        command.SetHostedAction(async (parse, services, output, cancellationToken) =>
        {
            var sources = (parse.GetValue(paths) ?? []).Select(MailFiles.Open).ToList();
            await CliHost.EnsureSchemaAsync(services, cancellationToken);
            await TeamOption.BindAsync(parse, team, services, cancellationToken);
            var ingestor = services.GetRequiredService<MailIngestor>();
            var started = Stopwatch.GetTimestamp();
            var (stored, duplicates) = (0, 0);

            await CliConsole.Bar(CliConsole.ForProgress(parse)).StartAsync(async context =>
            {
                foreach (var (source, path) in sources.Zip(parse.GetValue(paths)!))
                {
                    var task = context.AddTask(Path.GetFileName(path.TrimEnd('/')), maxValue: Math.Max(1, source.Total));
                    var batch = new List<IncomingMessage>(BatchSize);
                    foreach (var mail in source.Read(position => task.Value = position))
                    {
                        batch.Add(new IncomingMessage(mail.Raw, ExternalId: mail.Source));
                        if (batch.Count == BatchSize)
                        {
                            (stored, duplicates) = Add((stored, duplicates), await ingestor.IngestAsync(batch, cancellationToken));
                            batch.Clear();
                        }
                    }

                    if (batch.Count > 0)
                    {
                        (stored, duplicates) = Add((stored, duplicates), await ingestor.IngestAsync(batch, cancellationToken));
                    }

                    task.Value = task.MaxValue;
                }
            });

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Imported {stored + duplicates} messages: {stored} stored, {duplicates} already there ({seconds:0.0} s). Run relais autofill run to analyse them."));
            return 0;
        });
        return command;
    }

    private static (int Stored, int Duplicates) Add((int Stored, int Duplicates) total, IngestResult result) =>
        (total.Stored + result.Stored, total.Duplicates + result.Duplicates);
}
