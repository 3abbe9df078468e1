using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Relais.Data.Model;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Metrics;

/// <summary>The daily counters moved by the real flow: upload (ingestion), run-now (the pipeline), approve and reject (the review queue).</summary>
public sealed class MetricsPipelineTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    private static readonly object RunAll = new { days_back = 30, max_emails = 100, auto_apply_threshold = 1.0 };

    [Fact]
    public async Task Counters_UploadRunAndReview_MoveWithTheRealPipeline()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.Dupont());
        await client.UploadAsync(Mail.Dupont(subject: "Nouvelle demande", messageId: "<second.dupont@acme-gestion.fr>"));
        await client.UploadAsync(Mail.OutOfOffice());
        var received = await MetricsAsync(client);

        var run = await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);
        var analysed = await MetricsAsync(client);
        await using var db = factory.Database.CreateContext();
        var suggestions = await db.AutofillSuggestions.Where(s => s.TeamId == team.Id).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        var intents = await db.Analyses.CountAsync(a => a.TeamId == team.Id && a.Automated == null && a.Intent != "other");
        var approve = await client.PostAsync($"/api/v1/autofill/suggestions/{suggestions[0]}/approve", null);
        var reject = await client.PostJsonAsync($"/api/v1/autofill/suggestions/{suggestions[1]}/reject", new { reason = "obsolète" });
        var reviewed = await MetricsAsync(client);
        var senders = await (await client.GetAsync("/api/v1/email-intelligence/top-senders")).ReadJsonAsync();
        var person = await db.People.SingleAsync(p => p.TeamId == team.Id && p.Email == "jean.dupont@acme-gestion.fr");

        Assert.Equal((3, 0), (Int(received, "emails_received"), Int(received, "emails_analysed")));
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal(3, Int(analysed, "emails_received"));
        Assert.Equal(3, Int(analysed, "emails_analysed"));
        Assert.Equal(2, Int(analysed, "human_analysed"));          // the out-of-office reply is automated
        Assert.Equal(2, Int(analysed, "signatures_found"));
        Assert.Equal(2, Int(analysed, "signatures_parsed"));
        Assert.Equal(intents, Int(analysed, "intents_detected"));
        Assert.True(intents >= 1);
        Assert.Equal(4, Int(analysed, "cache_lookups"));           // an intent and a signature key per human email
        Assert.Equal(1, Int(analysed, "cache_hits"));              // the second email's signature is the first one's
        Assert.Equal(suggestions.Count, Int(analysed, "suggestions_created"));
        Assert.Equal(0, Int(analysed, "auto_applied"));            // threshold 1.0
        Assert.Equal((0, 3, 0), (Int(analysed, "approved"), Int(analysed, "analyses_attempted"), Int(analysed, "analyses_failed")));
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        Assert.Equal((1, 0, 1), (Int(reviewed, "approved"), Int(reviewed, "corrected"), Int(reviewed, "rejected")));
        var top = Assert.Single(senders["senders"]!.AsArray())!;
        Assert.Equal("jean.dupont@acme-gestion.fr", top["email"]!.GetValue<string>());
        Assert.Equal(3, Int(top, "emails"));
        Assert.Equal(person.Id, top["person_id"]!.GetValue<Guid>());
        Assert.Equal(intents, top["intents"]!.AsObject().Where(i => i.Key != "other").Sum(i => i.Value!.GetValue<int>()));
    }

    [Fact]
    public async Task Counters_SameEmailUploadedTwice_CountsOneReceived()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.Dupont(messageId: "<same.dupont@acme-gestion.fr>"));
        var again = await client.UploadAsync(Mail.Dupont(messageId: "<same.dupont@acme-gestion.fr>"));

        var body = await MetricsAsync(client);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, Int(body, "emails_received"));
        await using var db = factory.Database.CreateContext();
        Assert.Equal(1, await db.EmailMetricsDaily.Where(d => d.TeamId == team.Id).SumAsync(d => d.Received));
        Assert.Equal(AnalysisState.Pending, (await db.EmailMessages.SingleAsync(e => e.TeamId == team.Id)).AnalysisState);
    }

    private static async Task<JsonNode> MetricsAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/email-intelligence/metrics?days=30")).ReadJsonAsync();

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();
}
