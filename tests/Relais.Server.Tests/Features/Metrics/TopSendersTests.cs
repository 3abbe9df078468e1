using Relais.Data.Model;
using Relais.Server.Features.Metrics;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Metrics;

/// <summary>Top senders from the running totals: windows that rank senders otherwise than their totals do, and mail received back in time.</summary>
public sealed class TopSendersTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task TopSenders_BusySendersOfOldMail_RankBelowRecentOnesInAShortWindow()
    {
        // 255 senders with 10 emails 40 days ago and 1 today (total 11), 5 senders with 3 today (total 3): the 30-day
        // top is among the 5, which come after the first 250 senders by total.
        var team = await factory.CreateTeamAsync();
        var now = factory.Time.GetUtcNow();
        var mail = new List<EmailMessage>();
        for (var i = 0; i < 260; i++)
        {
            var sender = $"s{i:D3}@example.test";
            var old = i < 255 ? 10 : 0;
            var recent = i < 255 ? 1 : 3;
            mail.AddRange(Enumerable.Range(0, old).Select(_ => Email(team.Id, sender, now.AddDays(-40))));
            mail.AddRange(Enumerable.Range(0, recent).Select(_ => Email(team.Id, sender, now.AddHours(-1))));
        }

        await using (var db = factory.Database.CreateContext())
        {
            await MetricsCounters.CountReceivedAsync(db, team.Id, mail, CancellationToken.None);
        }

        using var client = factory.ClientFor(team.Member);
        var month = (await (await client.GetAsync("/api/v1/email-intelligence/top-senders?days=30&limit=3")).ReadJsonAsync())["senders"]!.AsArray();
        var year = (await (await client.GetAsync("/api/v1/email-intelligence/top-senders?days=365&limit=3")).ReadJsonAsync())["senders"]!.AsArray();

        Assert.Equal(["s255@example.test:3", "s256@example.test:3", "s257@example.test:3"], month.Select(s => $"{s!["email"]}:{s["emails"]}"));
        Assert.Equal(["s000@example.test:11", "s001@example.test:11", "s002@example.test:11"], year.Select(s => $"{s!["email"]}:{s["emails"]}"));
    }

    [Fact]
    public async Task TopSenders_MailReceivedBackInTime_MovesTheLaterRunningTotals()
    {
        var team = await factory.CreateTeamAsync();
        var now = factory.Time.GetUtcNow();
        await using (var db = factory.Database.CreateContext())
        {
            // Today's mail first, then an import of older mail: 10 and 20 days ago.
            await MetricsCounters.CountReceivedAsync(db, team.Id, [Email(team.Id, "late@example.test", now.AddHours(-1))], CancellationToken.None);
            await MetricsCounters.CountReceivedAsync(db, team.Id, [Email(team.Id, "late@example.test", now.AddDays(-20)), Email(team.Id, "late@example.test", now.AddDays(-10))], CancellationToken.None);
        }

        using var client = factory.ClientFor(team.Member);
        async Task<int> CountAsync(int days) =>
            (await (await client.GetAsync($"/api/v1/email-intelligence/top-senders?days={days}")).ReadJsonAsync())["senders"]![0]!["emails"]!.GetValue<int>();

        Assert.Equal(1, await CountAsync(5));
        Assert.Equal(2, await CountAsync(15));
        Assert.Equal(3, await CountAsync(30));
    }

    private static EmailMessage Email(Guid teamId, string from, DateTimeOffset received) => new()
    {
        TeamId = teamId,
        FromEmail = from,
        ReceivedAt = received,
        Direction = MessageDirection.Inbound,
        ContentHash = Guid.NewGuid().ToString("N"),
        CreatedAt = received,
    };
}
