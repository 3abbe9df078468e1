using System.Net;
using System.Text.Json.Nodes;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Metrics;

/// <summary>The endpoints over <see cref="MetricsFixture"/>; every expected value is worked out by hand from its table.</summary>
public sealed class MetricsEndpointsTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task Metrics_Fixture_GivesEveryFormulaAndBand()
    {
        var (team, _, _) = await MetricsFixture.SeedAsync(factory);
        using var client = factory.ClientFor(team.Member);

        var body = await (await client.GetAsync("/api/v1/email-intelligence/metrics?days=30")).ReadJsonAsync();

        Assert.Equal(30, body["days"]!.GetValue<int>());
        Assert.Equal(14, Int(body, "emails_received"));          // 12 analysed + failed + parked; the outbound one is not received
        Assert.Equal(12, Int(body, "emails_analysed"));
        Assert.Equal(10, Int(body, "human_analysed"));           // all but the two automated
        Assert.Equal(6, Int(body, "signatures_found"));
        Assert.Equal(0.6, Num(body, "signature_found_rate"));    // 6 / 10
        Assert.Equal(5, Int(body, "signatures_parsed"));
        Assert.Equal(0.8333, Num(body, "signature_parse_success_rate")); // 5 / 6
        Assert.Equal(7, Int(body, "intents_detected"));          // three "other" (one of them the failed analysis)
        Assert.Equal(0.7, Num(body, "intent_detection_rate"));   // 7 / 10
        Assert.Equal(5, Int(body, "suggestions_created"));
        Assert.Equal(2, Int(body, "auto_applied"));
        Assert.Equal((1, 1, 1), (Int(body, "approved"), Int(body, "corrected"), Int(body, "rejected")));
        Assert.Equal(0.4, Num(body, "auto_apply_rate"));         // 2 / 5
        Assert.Equal(8, Int(body, "cache_hits"));
        Assert.Equal(15, Int(body, "cache_lookups"));            // 6 signature keys + 9 intent keys (not automated, not failed)
        Assert.Equal(0.5333, Num(body, "cache_hit_rate"));       // 8 / 15
        Assert.Equal(155, Num(body, "average_processing_ms"));   // (10 + … + 110 + 1200) / 12 = 1860 / 12
        Assert.Equal(1200, Num(body, "p95_processing_ms"));      // rank ⌈0.95 × 12⌉ = 12
        Assert.True(body["p95_exact"]!.GetValue<bool>());
        Assert.Equal(14, Int(body, "analyses_attempted"));       // 12 analyses + 2 emails whose analysis failed
        Assert.Equal(3, Int(body, "analyses_failed"));
        Assert.Equal(0.2143, Num(body, "error_rate"));           // 3 / 14
        Assert.Equal("green", Health(body, "signature_parse_success_rate"));
        Assert.Equal("unknown", Health(body, "cache_hit_rate")); // the team's first analysis is an hour old
        Assert.Equal("green", Health(body, "average_processing_ms"));
        Assert.Equal("green", Health(body, "intent_detection_rate"));
        Assert.Equal("red", Health(body, "error_rate"));
        Assert.Equal("red", body["overall_health"]!.GetValue<string>());
    }

    [Fact]
    public async Task Metrics_AfterADayOfData_JudgesTheCacheHitRate()
    {
        var (team, _, _) = await MetricsFixture.SeedAsync(factory, withOldAnalysis: true);
        using var client = factory.ClientFor(team.Member);

        var body = await (await client.GetAsync("/api/v1/email-intelligence/metrics?days=30")).ReadJsonAsync();

        Assert.Equal(12, Int(body, "emails_analysed"));
        Assert.Equal("red", Health(body, "cache_hit_rate"));     // 0.5333 < 0.60
    }

    [Fact]
    public async Task Intents_Fixture_GivesCountsSharesAndConfidences()
    {
        var (team, _, _) = await MetricsFixture.SeedAsync(factory);
        using var client = factory.ClientFor(team.Member);

        var body = await (await client.GetAsync("/api/v1/email-intelligence/intents")).ReadJsonAsync();
        var lines = body["intents"]!.AsArray().ToDictionary(l => l!["intent"]!.GetValue<string>(), l => l!);

        Assert.Equal(10, Int(body, "total"));
        Assert.Equal(10, lines.Count);
        Assert.Equal(3, Int(lines["other"], "count"));
        Assert.Equal(0.3, Num(lines["other"], "share"));
        Assert.Equal(0.2333, Num(lines["other"], "average_confidence")); // (0.3 + 0.4 + 0) / 3
        Assert.Equal(2, Int(lines["meeting_request"], "count"));
        Assert.Equal(0.8, Num(lines["meeting_request"], "average_confidence"));
        Assert.Equal("🗓️ Rendez-vous", lines["meeting_request"]["label"]!.GetValue<string>());
        Assert.Equal(0, Int(lines["unsubscribe"], "count"));
        Assert.Null(lines["unsubscribe"]["average_confidence"]);
        Assert.Equal("other", body["intents"]![0]!["intent"]!.GetValue<string>());
    }

    [Fact]
    public async Task Models_Fixture_GivesTheLocalEngineLine()
    {
        var (team, _, _) = await MetricsFixture.SeedAsync(factory);
        using var client = factory.ClientFor(team.Member);

        var body = await (await client.GetAsync("/api/v1/email-intelligence/models?days=7")).ReadJsonAsync();
        var line = Assert.Single(body["models"]!.AsArray())!;

        Assert.Equal("engine", line["provider"]!.GetValue<string>());
        Assert.Equal("relais-engine/" + Engine.EmailAnalyzer.Version, line["model"]!.GetValue<string>());
        Assert.Equal("local", line["region"]!.GetValue<string>());
        Assert.Equal((12, 8, 1), (Int(line, "calls"), Int(line, "cache_hits"), Int(line, "errors")));
        Assert.Equal(155, Num(line, "average_latency_ms"));
        Assert.Equal(1200, Num(line, "p95_latency_ms"));
        Assert.Equal(0, Num(line, "cost"));
    }

    [Fact]
    public async Task TopSenders_Fixture_RanksByEmailsWithPersonOrganisationAndIntents()
    {
        var (team, alice, acme) = await MetricsFixture.SeedAsync(factory);
        using var client = factory.ClientFor(team.Member);

        var body = await (await client.GetAsync("/api/v1/email-intelligence/top-senders?days=30&limit=3")).ReadJsonAsync();
        var senders = body["senders"]!.AsArray();

        Assert.Equal(["alice@acme.test", "bob@beta.test", "carol@gamma.test"], senders.Select(s => s!["email"]!.GetValue<string>()));
        Assert.Equal((4, 3, 2), (Int(senders[0]!, "emails"), Int(senders[1]!, "emails"), Int(senders[2]!, "emails")));
        Assert.Equal("Alice Martin", senders[0]!["name"]!.GetValue<string>());
        Assert.Equal(alice, senders[0]!["person_id"]!.GetValue<Guid>());
        Assert.Equal(acme, senders[0]!["organisation_id"]!.GetValue<Guid>());
        Assert.Equal("ACME", senders[0]!["organisation"]!.GetValue<string>());
        Assert.Equal(factory.Time.GetUtcNow().AddHours(-2), senders[0]!["last_email_at"]!.GetValue<DateTimeOffset>());
        Assert.Equal("""{"meeting_request":2,"info_request":1,"quotation_request":1}""", senders[0]!["intents"]!.ToJsonString());
        Assert.Null(senders[1]!["person_id"]);
        Assert.Equal("bob", senders[1]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Timeline_Days_HasOnePointPerDayZeroFilled()
    {
        var (team, _, _) = await MetricsFixture.SeedAsync(factory);
        using var client = factory.ClientFor(team.Member);

        var body = await (await client.GetAsync("/api/v1/email-intelligence/timeline?days=7")).ReadJsonAsync();
        var points = body["points"]!.AsArray();
        var today = points[^1]!;

        Assert.Equal(7, points.Count);
        Assert.Equal(DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime), DateOnly.Parse(today["day"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((14, 12, 6, 7, 2, 3), (Int(today, "received"), Int(today, "analysed"), Int(today, "signatures"), Int(today, "intents"), Int(today, "auto_applied"), Int(today, "errors")));
        Assert.Equal(155, Num(today, "average_processing_ms"));
        Assert.All(points.Take(6), p => Assert.Equal((0, 0, 0), (Int(p!, "received"), Int(p!, "analysed"), Int(p!, "errors"))));
        Assert.All(points.Take(6), p => Assert.Null(p!["average_processing_ms"]));
    }

    [Fact]
    public async Task Timeline_365Days_Has365Points()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);

        var body = await (await client.GetAsync("/api/v1/email-intelligence/timeline?days=365")).ReadJsonAsync();

        Assert.Equal(365, body["points"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("metrics", "0")]
    [InlineData("metrics", "366")]
    [InlineData("metrics", "abc")]
    [InlineData("intents", "0")]
    [InlineData("models", "366")]
    [InlineData("top-senders", "abc")]
    [InlineData("timeline", "-1")]
    public async Task Endpoint_DaysOutOfRange_Returns400WithDaysError(string endpoint, string days)
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);

        var response = await client.GetAsync($"/api/v1/email-intelligence/{endpoint}?days={days}");
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(body["errors"]!["days"]);
    }

    [Fact]
    public async Task TopSenders_LimitOver100_Returns400()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);

        var response = await client.GetAsync("/api/v1/email-intelligence/top-senders?limit=101");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadJsonAsync())["errors"]!["limit"]);
    }

    [Fact]
    public async Task Metrics_OtherTeam_SeesNoneOfTheFixture()
    {
        await MetricsFixture.SeedAsync(factory);
        var other = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(other.Admin);

        var body = await (await client.GetAsync("/api/v1/email-intelligence/metrics?days=365")).ReadJsonAsync();
        var senders = await (await client.GetAsync("/api/v1/email-intelligence/top-senders?days=365")).ReadJsonAsync();

        Assert.Equal((0, 0), (Int(body, "emails_received"), Int(body, "emails_analysed")));
        Assert.Null(body["error_rate"]);
        Assert.Equal("unknown", body["overall_health"]!.GetValue<string>());
        Assert.Empty(senders["senders"]!.AsArray());
    }

    [Fact]
    public async Task OpenApi_ListsTheMetricsRoutes()
    {
        using var client = factory.CreateClient();

        var body = await client.GetStringAsync("/api/v1/openapi.json");

        foreach (var route in new[] { "metrics", "intents", "models", "top-senders", "timeline" })
        {
            Assert.Contains($"\"/api/v1/email-intelligence/{route}\"", body, StringComparison.Ordinal);
        }
    }

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    private static double Num(JsonNode node, string name) => node[name]!.GetValue<double>();

    private static string Health(JsonNode body, string kpi) =>
        body["health"]!.AsArray().Single(h => h!["kpi"]!.GetValue<string>() == kpi)!["health"]!.GetValue<string>();
}
