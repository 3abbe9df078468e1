using Microsoft.Extensions.DependencyInjection;
using Relais.Data.Model;
using Relais.Server.Features.Autofill;

namespace Relais.Demo;

/// <summary>
/// Runs the freshly seeded demo mailbox through the real pipeline, as the team's first job, so a
/// newcomer finds auto-applied fields with provenance, suggestions to review and interactions with
/// their intents. The services are those of a scope bound to the demo team.
/// </summary>
public static class DemoProcessing
{
    /// <summary>The demo mailbox spans 90 days; one job takes all of it.</summary>
    private static readonly AutofillParameters Parameters = new(DaysBack: 365, MaxEmails: 10_000, Threshold: 0.92);

    public static async Task<AutofillJob?> RunAsync(IServiceProvider services, Guid teamId, CancellationToken cancellationToken)
    {
        var created = await services.GetRequiredService<AutofillJobs>().CreateAsync(Parameters, JobTrigger.Demo, null, null, cancellationToken);
        return created.Job is { } job
            ? await services.GetRequiredService<AutofillJobHost>().RunAsync(teamId, job.Id, null, cancellationToken)
            : null;
    }
}
