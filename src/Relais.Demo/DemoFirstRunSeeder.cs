using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Relais.Data;
using Relais.Demo.Roster;
using Relais.Server.Hosting;

namespace Relais.Demo;

/// <summary>The embedded database's first start creates the demo team; the banner then prints its logins.</summary>
internal sealed partial class DemoFirstRunSeeder(DemoSeeder seeder, RelaisDbContext db, IServiceProvider services, ILogger<DemoFirstRunSeeder> logger) : IFirstRunSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var result = await seeder.SeedAsync(cancellationToken);
        LogSeeded(logger, result.People, result.Organisations, result.Emails);
        if (result.TeamId is { } teamId && await DemoProcessing.RunAsync(services, teamId, cancellationToken) is { } job)
        {
            LogProcessed(logger, job.EmailsProcessed, job.AutoApplied, job.ManualReview);
        }
    }

    public async Task<IReadOnlyList<string>> LoginLinesAsync(CancellationToken cancellationToken)
    {
        var emails = DemoTeam.Users.Select(u => u.Email).ToList();
        // Read before any login, so across teams: only which demo accounts exist.
        var present = await db.Users.IgnoreQueryFilters([RelaisDbContext.TeamFilter])
            .Where(u => emails.Contains(u.Email)).Select(u => u.Email).ToListAsync(cancellationToken);
        return [.. DemoTeam.Users.Where(u => present.Contains(u.Email)).Select(DemoLogin.Line)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data created: {People} people, {Organisations} organisations, {Emails} emails")]
    private static partial void LogSeeded(ILogger logger, int people, int organisations, int emails);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo mailbox processed: {Emails} emails, {AutoApplied} fields auto-applied, {Review} waiting for review")]
    private static partial void LogProcessed(ILogger logger, int emails, int autoApplied, int review);
}
