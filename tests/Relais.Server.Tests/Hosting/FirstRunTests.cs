using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Demo;
using Relais.Server.Hosting;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Hosting;

/// <summary>The server alone (Relais.Server's Program), first-run seeding on: no seeder is registered.</summary>
public sealed class BareFirstRunFactory : RelaisFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Relais:SeedDemoOnFirstRun"] = "true" };
}

/// <summary>The server as <c>relais serve</c> composes it: the demo registered, first-run seeding on.</summary>
public sealed class DemoFirstRunFactory : RelaisFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Relais:SeedDemoOnFirstRun"] = "true" };

    /// <summary>A day whose last week of demo mail holds a meeting request and a complaint (the mailbox is generated from the clock).</summary>
    protected override DateTimeOffset StartAt => new(2026, 12, 4, 21, 0, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddDemo());
    }
}

public sealed class BareFirstRunTests(BareFirstRunFactory factory) : IClassFixture<BareFirstRunFactory>
{
    [Fact]
    public async Task Start_NoFirstRunSeeder_CreatesNoTeam()
    {
        await using var db = factory.Database.CreateContext();

        Assert.Equal(0, await db.Teams.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Users.CountAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class DemoFirstRunTests(DemoFirstRunFactory factory) : IClassFixture<DemoFirstRunFactory>
{
    [Theory]
    [InlineData("admin@demo.relais", "relais-demo")]
    [InlineData("camille.bertrand@relais-demo.fr", "relais-demo-manager")]
    [InlineData("thomas.lefevre@relais-demo.fr", "relais-demo-member")]
    public async Task Start_DemoRegistered_SeedsTheDemoTeamWhoseUsersLogIn(string email, string password)
    {
        await using var db = factory.Database.CreateContext();
        var team = await db.Teams.SingleAsync(TestContext.Current.CancellationToken);

        var response = await factory.CreateClient().LoginAsync(email, password);

        Assert.Equal("Démo", team.Name);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_DemoRegistered_RunsTheDemoMailboxThroughThePipeline()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var db = factory.Database.CreateContext();

        var job = await db.AutofillJobs.SingleAsync(j => j.Trigger == Data.Model.JobTrigger.Demo, cancel);
        var states = await db.EmailMessages.GroupBy(e => e.AnalysisState).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancel);
        var applied = await db.AutofillSuggestions.Where(s => s.Status == Data.Model.SuggestionStatus.AutoApplied).ToListAsync(cancel);
        var appliedIds = applied.Select(s => s.Id).ToList();
        var provenance = await db.FieldProvenance.CountAsync(p => p.SuggestionId != null && appliedIds.Contains(p.SuggestionId.Value), cancel);

        Assert.Equal(Data.Model.JobStatus.Succeeded, job.Status);
        Assert.Equal([Data.Model.AnalysisState.Done, Data.Model.AnalysisState.Skipped], states.Select(s => s.Key).Order());
        Assert.Equal(job.EmailsProcessed, await db.Analyses.CountAsync(cancel));
        Assert.NotEmpty(applied);
        Assert.True(provenance >= applied.Count);
        Assert.True(await db.AutofillSuggestions.AnyAsync(s => s.Status == Data.Model.SuggestionStatus.Pending, cancel));
        Assert.True(await db.Interactions.CountAsync(i => i.Intent != null && i.Intent != "other", cancel) > 100);
    }

    [Fact]
    public async Task Start_DemoRegistered_TheFiveDefaultRulesActOnTheDemoMailbox()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var db = factory.Database.CreateContext();
        var now = factory.Time.GetUtcNow();
        var rules = await db.RoutingRules.ToListAsync(cancel);
        var interactions = await db.Interactions.Where(i => i.IntentConfidence >= 0.55).ToListAsync(cancel);
        var tasks = await db.Tasks.Where(t => t.CreatedByRuleId != null).ToListAsync(cancel);
        var notifications = await db.Notifications.Where(n => n.Kind == "routing").ToListAsync(cancel);
        var managers = await db.Users.CountAsync(u => u.Active && u.Role != Data.Model.Role.Member, cancel);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, cancel);
        var unsubscribed = await db.People.Where(p => p.Unsubscribed).Select(p => p.Id).ToListAsync(cancel);
        List<Data.Model.Interaction> Of(string intent, bool fresh = false) =>
            [.. interactions.Where(i => i.Intent == intent && (!fresh || now - i.OccurredAt <= Server.Features.Routing.RoutingPlan.StaleAfter))];
        string RuleOf(string intent) => rules.Single(r => r.IntentTrigger == intent).Id.ToString();

        Assert.Equal(5, rules.Count);
        Assert.All(rules, r => Assert.True(r.ExecutionCount > 0, r.Name));
        Assert.All(rules, r => Assert.Equal(Of(r.IntentTrigger).Count, r.ExecutionCount));

        // follow_up and unsubscribe: tagged; the unsubscribing people are unsubscribed.
        Assert.NotEmpty(Of("follow_up"));
        Assert.All(Of("follow_up"), i => Assert.Contains("follow-up", i.Tags));
        Assert.NotEmpty(Of("unsubscribe"));
        Assert.All(Of("unsubscribe"), i => Assert.Contains("unsubscribe", i.Tags));
        Assert.All(Of("unsubscribe").Where(i => i.PersonId != null), i => Assert.Contains(i.PersonId!.Value, unsubscribed));

        // quotation_request: every organisation asking is at "proposition" or later; recent requests have their task.
        Assert.Contains(Of("quotation_request"), i => i.OrganisationId != null);
        Assert.All(Of("quotation_request").Where(i => i.OrganisationId != null), i =>
            Assert.Contains(organisations[i.OrganisationId!.Value].PipelineStage, new[] { "proposition", "négociation", "client" }));
        var quoteTasks = tasks.Where(t => t.CreatedByRuleId.ToString() == RuleOf("quotation_request")).ToList();
        Assert.NotEmpty(quoteTasks);
        Assert.Equal(Of("quotation_request", fresh: true).Select(i => i.Id).Order(), quoteTasks.Select(t => t.InteractionId!.Value).Order());
        Assert.All(quoteTasks, t => Assert.Equal($"Préparer devis pour {organisations[t.OrganisationId!.Value].Name}", t.Title));

        // meeting_request and complaint: recent ones make a task and notify each manager and admin; a complaint is urgent.
        var fresh = Of("meeting_request", fresh: true).Concat(Of("complaint", fresh: true)).ToList();
        Assert.NotEmpty(Of("meeting_request", fresh: true));
        Assert.NotEmpty(Of("complaint", fresh: true));
        Assert.NotEmpty(notifications);
        Assert.Equal(fresh.Count * managers, notifications.Count);
        Assert.All(Of("complaint"), i => Assert.Equal(Data.Model.Priority.Urgent, i.Priority));
        Assert.All(tasks.Where(t => t.CreatedByRuleId.ToString() == RuleOf("complaint")), t => Assert.Equal((Data.Model.Priority.Urgent, t.CreatedAt.AddHours(4)), (t.Priority, t.DueAt!.Value)));
        Assert.All(tasks.Where(t => t.CreatedByRuleId.ToString() == RuleOf("meeting_request")), t => Assert.StartsWith("Répondre à la demande de rendez-vous de ", t.Title, StringComparison.Ordinal));
        Assert.Equal(fresh.Count + quoteTasks.Count, tasks.Count);
    }

    [Fact]
    public async Task LoginLines_DemoSeeded_ListsTheThreeLoginsEachMarkedDemoOnly()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<IFirstRunSeeder>();

        var lines = await seeder.LoginLinesAsync(TestContext.Current.CancellationToken);

        Assert.Equal(
        [
            "Demo admin login (demo only, do not use in production): admin@demo.relais / relais-demo",
            "Demo manager login (demo only, do not use in production): camille.bertrand@relais-demo.fr / relais-demo-manager",
            "Demo member login (demo only, do not use in production): thomas.lefevre@relais-demo.fr / relais-demo-member",
        ], lines);
    }
}
