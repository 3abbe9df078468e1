using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Relais.Cli.Hosting;
using Relais.Data.Model;
using Relais.Server.Features.Autofill;

namespace Relais.Cli.Autofill;

/// <summary>
/// <c>relais autofill run --days-back N --max-emails N --threshold X [--team T]</c>: what the
/// schedule does, now, with a progress bar; prints the seed guide's summary; exit 1 when the job
/// does not succeed (or the team already has one running).
/// </summary>
internal static class AutofillCommand
{
    public static Command Create()
    {
        var team = TeamOption.Create();
        var daysBack = new Option<int>("--days-back") { Description = "How far back to look, in days (1–365).", DefaultValueFactory = _ => 7 };
        var maxEmails = new Option<int>("--max-emails") { Description = "At most this many emails (1–100000).", DefaultValueFactory = _ => 1000 };
        var threshold = new Option<double?>("--threshold") { Description = "Confidence a field needs to be applied without review (0.5–1; default: the team's)." };
        var run = new Command("run", "Run the autofill pipeline once for a team.") { team, daysBack, maxEmails, threshold };
        run.SetHostedAction(async (parse, services, output, cancellationToken) =>
        {
            var days = parse.GetValue(daysBack);
            var max = parse.GetValue(maxEmails);
            var wanted = parse.GetValue(threshold);
            if (days is < 1 or > 365 || max is < 1 or > 100_000 || wanted is < 0.5 or > 1.0)
            {
                throw new CliException("--days-back takes 1 to 365, --max-emails 1 to 100000, --threshold 0.5 to 1.");
            }

            await CliHost.EnsureSchemaAsync(services, cancellationToken);
            var teamId = await TeamOption.BindAsync(parse, team, services, cancellationToken);
            var db = services.GetRequiredService<Relais.Data.RelaisDbContext>();
            var teamThreshold = db.Teams.Where(t => t.Id == teamId).Select(t => t.AutoApplyThreshold).Single();
            var created = await services.GetRequiredService<AutofillJobs>()
                .CreateAsync(new AutofillParameters(days, max, wanted ?? teamThreshold), JobTrigger.Cli, null, null, cancellationToken);
            if (created.Job is not { } job)
            {
                throw new CliException($"the team already has autofill job {created.Conflict!.JobId} running; wait for it or cancel it.");
            }

            AutofillJob done = job;
            await CliConsole.Bar(CliConsole.ForProgress(parse)).StartAsync(async context =>
            {
                var task = context.AddTask("Autofill", maxValue: 1);
                var progress = new Progress<JobProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Processed;
                });
                done = await services.GetRequiredService<AutofillJobHost>().RunAsync(teamId, job.Id, progress, cancellationToken);
                task.Value = task.MaxValue;
            });

            await output.WriteLineAsync(AutofillSummary.Format(AutofillMetrics.Of(done)));
            if (done.Status != JobStatus.Succeeded)
            {
                throw new CliException($"job {done.Id} {EnumCodes.CodeOf(done.Status)}{(done.Error is null ? string.Empty : ": " + done.Error)}.");
            }

            return 0;
        });
        return new Command("autofill", "Run the autofill pipeline.") { run };
    }
}
