using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Data.Model;
using Relais.Server.Features.Users;
using Relais.Server.Tests.Infrastructure;
using static Relais.Server.Tests.Features.Routing.Routing;

namespace Relais.Server.Tests.Features.Routing;

/// <summary>The rules' API, validation, the five defaults and the dry run: conditions, order, stop_processing, placeholders.</summary>
public sealed class RoutingRulesTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task NewTeam_ByUserCreate_HasTheFiveDefaultRules()
    {
        Guid teamId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync($"Nouvelle équipe {Guid.NewGuid():N}", "admin@nouvelle.test", "Admin", Role.Admin, "a long enough password", CancellationToken.None);
            teamId = created.User.TeamId;
        }

        await using var db = factory.Database.CreateContext();
        var rules = await db.RoutingRules.Where(r => r.TeamId == teamId).OrderByDescending(r => r.Priority).ToListAsync();

        Assert.Equal(["complaint", "follow_up", "meeting_request", "quotation_request", "unsubscribe"], rules.Select(r => r.IntentTrigger).Order());
        Assert.Equal("complaint", rules[0].IntentTrigger);
        Assert.All(rules, r => Assert.True(r.Active));
        var quote = rules.Single(r => r.IntentTrigger == "quotation_request");
        Assert.Equal("Préparer devis pour {company}", quote.Actions[0].Title);
        Assert.Equal(Priority.High, quote.Actions[0].Priority);
        Assert.Equal(48, quote.Actions[0].DueInHours);
        Assert.Equal("proposition", quote.Actions[1].Stage);
        Assert.Equal([RoutingActionType.TagInteraction, RoutingActionType.MarkUnsubscribed, RoutingActionType.AutoReply], rules.Single(r => r.IntentTrigger == "unsubscribe").Actions.Select(a => a.Type));
    }

    [Fact]
    public async Task DryRun_GuideCurlDevis_MatchesTheQuoteRule()
    {
        var team = await factory.CreateTeamAsync();
        await factory.SeedDefaultsAsync(team);
        using var client = factory.ClientFor(team.Member);

        // As the seed guide types it: -d with no Content-Type header.
        using var content = new StringContent("""{"email_body": "Bonjour, pouvez-vous me faire un devis?"}""", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await client.PostAsync("/api/v1/routing-rules/test", content);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body["dry_run"]!.GetValue<bool>());
        Assert.Equal("quotation_request", body["analysis"]!["intent"]!.GetValue<string>());
        Assert.Equal(["Demande de devis"], Names(body["matched"]!));
        var task = body["matched"]![0]!["actions"]![0]!;
        Assert.Equal("create_task", task["type"]!.GetValue<string>());
        Assert.StartsWith("Préparer devis pour ", task["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("high", task["priority"]!.GetValue<string>());
        Assert.Equal(factory.Time.GetUtcNow().AddHours(48), task["due_at"]!.GetValue<DateTimeOffset>());
        Assert.Equal(4, body["not_matched"]!.AsArray().Count);

        // A dry run writes nothing.
        await using var db = factory.Database.CreateContext();
        Assert.False(await db.Tasks.AnyAsync(t => t.TeamId == team.Id));
        Assert.False(await db.RoutingExecutions.AnyAsync(e => e.TeamId == team.Id));
        Assert.Equal(0, (await db.RoutingRules.SingleAsync(r => r.TeamId == team.Id && r.IntentTrigger == "quotation_request")).ExecutionCount);
    }

    [Fact]
    public async Task DryRun_Placeholders_TakeTheSendersRealValues()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        var organisation = await client.CreateAsync("/api/v1/organisations", new { name = "Gamma Industrie", domain = "gamma-industrie.fr" });
        var person = await client.CreateAsync("/api/v1/people", new { first_name = "Hélène", last_name = "Roux", email = "helene.roux@gamma-industrie.fr" });
        (await client.PostJsonAsync($"/api/v1/organisations/{organisation}/people", new { person_id = person, is_primary = true })).EnsureSuccessStatusCode();
        await client.CreateRuleAsync("quotation_request", [Action(RoutingActionType.CreateTask, new { title = "{sender} <{sender_email}> de {company} : {subject} ({intent})", message = "{sender}" })]);

        var body = await client.DryRunAsync(QuoteBody, "Devis licences", "Helene.Roux@gamma-industrie.fr");

        Assert.Equal(person, body["analysis"]!["person_id"]!.GetValue<Guid>());
        Assert.Equal("Hélène Roux <helene.roux@gamma-industrie.fr> de Gamma Industrie : Devis licences (💰 Devis)", body["matched"]![0]!["actions"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task DryRun_UnknownSender_CompanyComesFromTheSignatureThenTheDomain()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.CreateRuleAsync("quotation_request", [Action(RoutingActionType.CreateTask, new { title = "Préparer devis pour {company}" })]);

        var signed = await client.DryRunAsync(QuoteBody, "Devis", "lucie.martin@beta-conseil.fr");
        var unsigned = await client.DryRunAsync("Bonjour, pouvez-vous me faire un devis pour 3 postes ?", "Devis", "achats@delta-log.fr");

        Assert.Equal("Préparer devis pour Beta Conseil", signed["matched"]![0]!["actions"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("Préparer devis pour delta-log.fr", unsigned["matched"]![0]!["actions"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task DryRun_Keywords_IgnoreAccentsAndCase()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.CreateRuleAsync("complaint", [Action(RoutingActionType.TagInteraction, new { tag = "livraison" })], new { keywords = new[] { "ENDOMMAGÉ", "retard" } }, name: "livraison");
        await client.CreateRuleAsync("complaint", [Action(RoutingActionType.TagInteraction, new { tag = "facture" })], new { keywords = new[] { "facturation" } }, name: "facture");

        var body = await client.DryRunAsync(ComplaintBody, "Réclamation");

        Assert.Equal(["livraison"], Names(body["matched"]!));
        Assert.Equal("no keyword in the subject or body", body["not_matched"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "facture")!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task DryRun_SenderDomains_MatchTheDomainAndItsSubdomains()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.CreateRuleAsync("quotation_request", [Action(RoutingActionType.TagInteraction, new { tag = "grand-compte" })], new { sender_domains = new[] { "@Beta-Conseil.fr" } });

        var exact = await client.DryRunAsync(QuoteBody, "Devis", "lucie.martin@beta-conseil.fr");
        var sub = await client.DryRunAsync(QuoteBody, "Devis", "lucie.martin@paris.beta-conseil.fr");
        var other = await client.DryRunAsync(QuoteBody, "Devis", "lucie.martin@notbeta-conseil.fr");
        var none = await client.DryRunAsync(QuoteBody, "Devis");

        Assert.Single(exact["matched"]!.AsArray());
        Assert.Single(sub["matched"]!.AsArray());
        Assert.Empty(other["matched"]!.AsArray());
        Assert.Empty(none["matched"]!.AsArray());
    }

    [Fact]
    public async Task DryRun_MinConfidenceAndMinPriority_AreConditions()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.CreateRuleAsync("quotation_request", [Action(RoutingActionType.TagInteraction, new { tag = "sûr" })], minConfidence: 100, name: "certain");
        await client.CreateRuleAsync("quotation_request", [Action(RoutingActionType.TagInteraction, new { tag = "prioritaire" })], new { min_priority = "high" }, priority: 1, name: "high only");

        var before = await client.DryRunAsync(QuoteBody, "Devis");
        await client.CreateRuleAsync("quotation_request", [Action(RoutingActionType.SetPriority, new { priority = "high" })], priority: 10, name: "raise");
        var after = await client.DryRunAsync(QuoteBody, "Devis");

        Assert.Empty(before["matched"]!.AsArray());
        Assert.StartsWith("confidence ", before["not_matched"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "certain")!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("priority is normal, below high", before["not_matched"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "high only")!["reason"]!.GetValue<string>());
        Assert.Equal(["raise", "high only"], Names(after["matched"]!));
    }

    [Fact]
    public async Task DryRun_RulesRunByPriority_AndStopProcessingEndsTheRun()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.CreateRuleAsync("complaint", [Action(RoutingActionType.TagInteraction, new { tag = "b" })], priority: 5, name: "second");
        await client.CreateRuleAsync("complaint", [Action(RoutingActionType.TagInteraction, new { tag = "a" })], priority: 9, name: "first");
        var stopper = await client.CreateRuleAsync("complaint", [Action(RoutingActionType.TagInteraction, new { tag = "stop" })], priority: 7, stop: true, name: "stopper");
        await client.CreateRuleAsync("complaint", [Action(RoutingActionType.TagInteraction, new { tag = "c" })], priority: 1, name: "third");

        var body = await client.DryRunAsync(ComplaintBody, "Réclamation");
        (await client.PutJsonAsync($"/api/v1/routing-rules/{stopper}", new { name = "stopper", intent_trigger = "complaint", priority = 7, active = false, actions = new[] { Action(Relais.Data.Model.RoutingActionType.TagInteraction, new { tag = "stop" }) } })).EnsureSuccessStatusCode();
        var inactive = await client.DryRunAsync(ComplaintBody, "Réclamation");

        Assert.Equal(["first", "stopper"], Names(body["matched"]!));
        Assert.All(body["not_matched"]!.AsArray(), v => Assert.Equal("a rule of higher priority stopped processing", v!["reason"]!.GetValue<string>()));
        Assert.Equal(["first", "second", "third"], Names(inactive["matched"]!));
        Assert.Equal("the rule is inactive", inactive["not_matched"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_InvalidRules_AreRefusedWithTheirFields()
    {
        var team = await factory.CreateTeamAsync();
        var other = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);

        async Task<System.Text.Json.Nodes.JsonNode> Refused(object rule)
        {
            var response = await client.PostJsonAsync("/api/v1/routing-rules", rule);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.ReadJsonAsync())["errors"]!;
        }

        var intent = await Refused(new { name = "x", intent_trigger = "devis", actions = new[] { Action(RoutingActionType.TagInteraction, new { tag = "t" }) } });
        var noActions = await Refused(new { name = "x", intent_trigger = "complaint", actions = Array.Empty<object>() });
        var title = await Refused(new { name = "x", intent_trigger = "complaint", actions = new[] { Action(RoutingActionType.CreateTask) } });
        var placeholder = await Refused(new { name = "x", intent_trigger = "complaint", actions = new[] { Action(RoutingActionType.CreateTask, new { title = "Rappeler {client}" }) } });
        var confidence = await Refused(new { name = "x", intent_trigger = "complaint", min_confidence = 101, actions = new[] { Action(RoutingActionType.TagInteraction, new { tag = "t" }) } });
        var stranger = await Refused(new { name = "x", intent_trigger = "complaint", actions = new[] { Action(RoutingActionType.AssignToUser, new { assignee_id = other.Manager.Id }) } });
        var member = factory.ClientFor(team.Member);
        var forbidden = await member.PostJsonAsync("/api/v1/routing-rules", new { name = "x", intent_trigger = "complaint", actions = new[] { Action(RoutingActionType.TagInteraction, new { tag = "t" }) } });

        Assert.NotNull(intent["intent_trigger"]);
        Assert.NotNull(noActions["actions"]);
        Assert.NotNull(title["actions[0].title"]);
        Assert.Contains("{client}", placeholder["actions[0].title"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(confidence["min_confidence"]);
        Assert.NotNull(stranger["actions[0].assignee_id"]);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Crud_ListsInPriorityOrder_UpdatesAndDeletes()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        var low = await client.CreateRuleAsync("follow_up", [Action(RoutingActionType.TagInteraction, new { tag = "Relance" })], priority: 1, name: "low");
        var high = await client.CreateRuleAsync("follow_up", [Action(RoutingActionType.TagInteraction, new { tag = "x" })], new { keywords = new[] { " relance ", "Relance" }, sender_domains = new[] { "ACME.fr" } }, priority: 3, name: "high");

        var list = await (await client.GetAsync("/api/v1/routing-rules")).ReadJsonAsync();
        var got = await (await client.GetAsync($"/api/v1/routing-rules/{high}")).ReadJsonAsync();
        var deleted = await client.DeleteAsync($"/api/v1/routing-rules/{low}");
        var gone = await client.GetAsync($"/api/v1/routing-rules/{low}");

        Assert.Equal([high, low], list.AsArray().Select(r => r!["id"]!.GetValue<Guid>()));
        Assert.Equal("🔄 Relance", got["intent_label"]!.GetValue<string>());
        Assert.Equal(["relance"], got["conditions"]!["keywords"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Equal(["acme.fr"], got["conditions"]!["sender_domains"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task TestAndRun_EmailOfAnotherTeam_Is404()
    {
        var team = await factory.CreateTeamAsync();
        var other = await factory.CreateTeamAsync();
        using var otherClient = factory.ClientFor(other.Manager);
        await otherClient.UploadAsync(Mail.Dupont());
        await otherClient.RunNowAsync();
        await using var db = factory.Database.CreateContext();
        var email = await db.EmailMessages.SingleAsync(e => e.TeamId == other.Id);
        using var client = factory.ClientFor(team.Manager);

        var test = await client.PostJsonAsync("/api/v1/routing-rules/test", new { email_id = email.Id });
        var run = await client.PostJsonAsync("/api/v1/routing-rules/run", new { email_id = email.Id });
        var own = await otherClient.PostJsonAsync("/api/v1/routing-rules/test", new { email_id = email.Id });

        Assert.Equal(HttpStatusCode.NotFound, test.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, run.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("quotation_request", (await own.ReadJsonAsync())["analysis"]!["intent"]!.GetValue<string>());
    }
}
