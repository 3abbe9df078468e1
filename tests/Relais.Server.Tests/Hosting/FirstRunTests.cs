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
