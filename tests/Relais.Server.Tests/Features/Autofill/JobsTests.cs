using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Data.Model;
using Relais.Server.Jobs;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Autofill;

public sealed class JobsTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    private static readonly object RunAll = new { days_back = 30, max_emails = 100, auto_apply_threshold = 0.92 };

    [Fact]
    public async Task Start_TeamAlreadyRunningAJob_Is409WithThatJobsId()
    {
        var team = await factory.CreateTeamAsync();
        var running = new AutofillJob
        {
            TeamId = team.Id, DaysBack = 7, MaxEmails = 10, AutoApplyThreshold = 0.92, Status = JobStatus.Running, Trigger = JobTrigger.User,
            CreatedAt = factory.Time.GetUtcNow(), StartedAt = factory.Time.GetUtcNow(), HeartbeatAt = factory.Time.GetUtcNow(),
        };
        await using (var setup = factory.Database.CreateContext())
        {
            setup.AutofillJobs.Add(running);
            await setup.SaveChangesAsync();
        }

        using var client = factory.ClientFor(team.Manager);
        var start = await client.PostJsonAsync("/api/v1/autofill-jobs/start", RunAll);
        var runNow = await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);

        Assert.Equal(HttpStatusCode.Conflict, start.StatusCode);
        Assert.Equal(running.Id, (await start.ReadJsonAsync())["job_id"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.Conflict, runNow.StatusCode);
    }

    [Fact]
    public async Task Start_RunningJobWhoseWorkerDied_IsMarkedFailedAndANewOneStarts()
    {
        var team = await factory.CreateTeamAsync();
        var stale = new AutofillJob
        {
            TeamId = team.Id, DaysBack = 7, MaxEmails = 10, AutoApplyThreshold = 0.92, Status = JobStatus.Running, Trigger = JobTrigger.User,
            CreatedAt = factory.Time.GetUtcNow().AddHours(-1), HeartbeatAt = factory.Time.GetUtcNow().AddHours(-1),
        };
        await using (var setup = factory.Database.CreateContext())
        {
            setup.AutofillJobs.Add(stale);
            await setup.SaveChangesAsync();
        }

        using var client = factory.ClientFor(team.Manager);
        var runNow = await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);
        await using var db = factory.Database.CreateContext();
        var old = await db.AutofillJobs.SingleAsync(j => j.Id == stale.Id);

        Assert.Equal(HttpStatusCode.OK, runNow.StatusCode);
        Assert.Equal(JobStatus.Failed, old.Status);
        Assert.StartsWith("interrupted", old.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_QueuedJob_IsCancelledAtOnce()
    {
        var team = await factory.CreateTeamAsync();
        var queued = new AutofillJob { TeamId = team.Id, DaysBack = 7, MaxEmails = 10, AutoApplyThreshold = 0.92, Trigger = JobTrigger.User, CreatedAt = factory.Time.GetUtcNow() };
        await using (var setup = factory.Database.CreateContext())
        {
            setup.AutofillJobs.Add(queued);
            await setup.SaveChangesAsync();
        }

        using var client = factory.ClientFor(team.Manager);
        var cancel = await (await client.PostAsync($"/api/v1/autofill-jobs/{queued.Id}/cancel", null)).ReadJsonAsync();
        var list = await (await client.GetAsync("/api/v1/autofill-jobs")).ReadJsonAsync();

        Assert.Equal("cancelled", cancel["status"]!.GetValue<string>());
        Assert.Equal(queued.Id, list["items"]![0]!["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task RunNow_StoringFails_EmailsAreRetriedWithBackoffThenParkedNeverLost()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.Dupont());
        await DatabaseFault.RefuseInsertsAsync(factory.Database, "email_analyses", team.Id);
        var attempts = new List<(int Errors, AnalysisState State, int Attempts)>();
        try
        {
            for (var run = 0; run < 4; run++)
            {
                var response = await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);
                var body = await response.ReadJsonAsync();
                Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
                await using var db = factory.Database.CreateContext();
                var email = await db.EmailMessages.AsNoTracking().SingleAsync(e => e.TeamId == team.Id);
                attempts.Add((body["metrics"]!["errors"]!.GetValue<int>(), email.AnalysisState, email.Attempts));
                factory.Time.Advance(TimeSpan.FromHours(1));
            }
        }
        finally
        {
            await DatabaseFault.RestoreAsync(factory.Database, "email_analyses");
        }

        var afterRepair = await (await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll)).ReadJsonAsync();
        await using var check = factory.Database.CreateContext();
        var parked = await check.EmailMessages.AsNoTracking().SingleAsync(e => e.TeamId == team.Id);

        Assert.Equal(
            [(1, AnalysisState.Failed, 1), (1, AnalysisState.Failed, 2), (1, AnalysisState.Parked, 3), (0, AnalysisState.Parked, 3)],
            attempts);
        Assert.Equal(0, afterRepair["metrics"]!["emails_processed"]!.GetValue<int>());
        Assert.Equal(AnalysisState.Parked, parked.AnalysisState);
        Assert.StartsWith("batch failed", parked.LastError, StringComparison.Ordinal);
        Assert.False(await check.People.AnyAsync(p => p.TeamId == team.Id));
    }

    [Fact]
    public async Task Scheduler_TeamScheduleComesDue_StartsAScheduledJob()
    {
        var team = await factory.CreateTeamAsync();
        await using (var setup = factory.Database.CreateContext())
        {
            var row = await setup.Teams.SingleAsync(t => t.Id == team.Id);
            row.CreatedAt = factory.Time.GetUtcNow().AddHours(-2);
            await setup.SaveChangesAsync();
        }

        var scheduler = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<AutofillScheduler>().Single();
        await scheduler.TickAsync(CancellationToken.None);
        await scheduler.TickAsync(CancellationToken.None);
        await using var db = factory.Database.CreateContext();

        Assert.Equal(1, await db.AutofillJobs.CountAsync(j => j.TeamId == team.Id && j.Trigger == JobTrigger.Schedule));
    }

    [Theory]
    [InlineData("0 * * * *", "2025-06-02T09:00:00Z", "2025-06-02T09:59:00Z", false)]
    [InlineData("0 * * * *", "2025-06-02T09:00:00Z", "2025-06-02T10:00:00Z", true)]
    [InlineData("30 8 * * 1-5", "2025-06-02T06:00:00Z", "2025-06-02T06:31:00Z", true)]
    [InlineData("30 8 * * 1-5", "2025-06-02T06:00:00Z", "2025-06-02T06:29:00Z", false)]
    public void IsDue_CronInTheTeamsTimezone(string cron, string since, string now, bool due) =>
        Assert.Equal(due, AutofillScheduler.IsDue(cron, "Europe/Paris", DateTimeOffset.Parse(since, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
