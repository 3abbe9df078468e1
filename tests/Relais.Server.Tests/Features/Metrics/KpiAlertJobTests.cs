using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Relais.Data.Model;
using Relais.Server.Jobs;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Metrics;

/// <summary>The alert job's tick, driven by hand over a 7-day window on the fake clock.</summary>
public sealed class KpiAlertJobTests(KpiAlertJobTests.Factory factory) : IClassFixture<KpiAlertJobTests.Factory>
{
    public sealed class Factory : RelaisFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Relais:Metrics:AlertWindowDays"] = "7" };
    }

    [Fact]
    public async Task Tick_RedKpis_NotifiesEachActiveAdminOncePerDayAndAgainTheNextDay()
    {
        // The fixture's error rate (3 / 14) is red, its other judged KPIs green, its cache not yet judged.
        var (team, _, _) = await MetricsFixture.SeedAsync(factory);
        var second = await factory.AddUserAsync(team.Id, $"second.admin.{team.Id:N}@example.test", "unused-password-1", Role.Admin);
        var retired = await factory.AddUserAsync(team.Id, $"retired.admin.{team.Id:N}@example.test", "unused-password-1", Role.Admin);
        await using (var db = factory.Database.CreateContext())
        {
            await db.Users.Where(u => u.Id == retired.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Active, false));
        }

        var quiet = await factory.CreateTeamAsync("Quiet");
        var job = factory.Services.GetServices<IHostedService>().OfType<KpiAlertJob>().Single();

        await job.TickAsync(CancellationToken.None);
        var first = await AlertsAsync(team.Id);
        await job.TickAsync(CancellationToken.None);
        var sameDay = await AlertsAsync(team.Id);
        factory.Time.Advance(TimeSpan.FromDays(1));
        await job.TickAsync(CancellationToken.None);
        var nextDay = await AlertsAsync(team.Id);

        Assert.Equal([(team.Admin.Id, "/dashboard/ai/intelligence"), (second.Id, "/dashboard/ai/intelligence")], first.Select(n => (n.UserId, n.Link!)).Order());
        Assert.All(first, n => Assert.Equal("KPI en alerte : Taux d'erreur", n.Title));
        Assert.Equal(2, sameDay.Count);
        // The next day: the error rate again, and the cache hit rate (8 / 15, red), judged now that the team has a day of analyses.
        Assert.Equal(6, nextDay.Count);
        Assert.Equal(2, nextDay.Count(n => n.Title == "KPI en alerte : Taux de cache"));
        Assert.Empty(await AlertsAsync(quiet.Id));
        await using var check = factory.Database.CreateContext();
        Assert.Equal(2, await check.KpiAlerts.CountAsync(a => a.TeamId == team.Id && a.Kpi == "error_rate"));
        Assert.Equal(0, await check.KpiAlerts.CountAsync(a => a.TeamId == quiet.Id));
        var lines = factory.Logs.GetSnapshot().Where(r => r.Message.StartsWith($"KPI red for team {team.Id}", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal($"KPI red for team {team.Id}: error_rate = 0.2143 (red line 0.05)", lines[0].Message);
        Assert.DoesNotContain("@", lines[0].Message, StringComparison.Ordinal);
    }

    private async Task<List<Notification>> AlertsAsync(Guid teamId)
    {
        await using var db = factory.Database.CreateContext();
        return await db.Notifications.Where(n => n.TeamId == teamId && n.Kind == "kpi_alert").ToListAsync();
    }
}
